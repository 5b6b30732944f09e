
            (function(global){
                var Jobs4AllI18N = {
                  init: function() {
                    
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = (n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);
    if (typeof v === 'boolean') {
      return v ? 1 : 0;
    } else {
      return v;
    }
  };
  

  /* gettext library */

  django.catalog = django.catalog || {};
  
  const newcatalog = {
    "A new empty outcome was added at the end of the table.": "Na ko\u0144cu tabeli dodano nowy, pusty efekt uczenia si\u0119.",
    "A new empty prompt was added at the end of the table.": "Na ko\u0144cu tabeli dodano nowe, puste pytanie pomocnicze.",
    "Actions": "Dzia\u0142ania",
    "Add a choice": "Dodaj opcj\u0119",
    "Add a distractor": "Dodaj dystraktor",
    "Add a pair": "Dodaj par\u0119",
    "Add a step": "Dodaj krok",
    "Change your submitted entry \u201c{title}\u201d": "Zmiana przes\u0142anego wpisu \u201e{title}\u201d",
    "Changed: choose \u201cSave changes\u201d to send the new version to your trainer.": "Wprowadzono zmiany. Aby przekaza\u0107 now\u0105 wersj\u0119 trenerowi lub trenerce, nale\u017cy klikn\u0105\u0107 \u201eZapisz zmiany\u201d.",
    "Changes to a submitted entry are sent to your trainer when you choose \u201cSave changes\u201d.": "Zmiany w przes\u0142anym wpisie zostan\u0105 przekazane trenerowi lub trenerce po klikni\u0119ciu \u201eZapisz zmiany\u201d.",
    "Choice {number}": "Opcja {number}",
    "Choices (mark every correct choice)": "Opcje (nale\u017cy zaznaczy\u0107 wszystkie poprawne opcje)",
    "Choices (mark the one correct choice)": "Opcje (nale\u017cy zaznaczy\u0107 jedn\u0105 poprawn\u0105 opcj\u0119)",
    "Delete this draft? This cannot be undone.": "Usun\u0105\u0107 t\u0119 wersj\u0119 robocz\u0105? Tej operacji nie mo\u017cna cofn\u0105\u0107.",
    "Description (optional)": "Opis (opcjonalnie)",
    "Distractor {number}": "Dystraktor {number}",
    "Distractors: extra partners that match no term (optional)": "Dystraktory: dodatkowe elementy, kt\u00f3re nie pasuj\u0105 do \u017cadnego poj\u0119cia (opcjonalnie)",
    "ECVET unit": "jednostka ECVET",
    "EQF domain": "kategoria ERK",
    "EQF level": "poziom ERK",
    "Explanation, shown with the correct answer (HTML, optional)": "Wyja\u015bnienie wy\u015bwietlane wraz z poprawn\u0105 odpowiedzi\u0105 (HTML, opcjonalnie)",
    "Leave the question and guidance empty to use the framework\u2019s wording, which learners see in their language. You may change the word limits.": "Aby u\u017cy\u0107 brzmienia z wybranego modelu, kt\u00f3re osoby ucz\u0105ce si\u0119 widz\u0105 w swoim j\u0119zyku, nale\u017cy pozostawi\u0107 pytanie i wskaz\u00f3wki puste. Limity s\u0142\u00f3w mo\u017cna zmieni\u0107.",
    "Leave without sending your changes to the submitted entry?": "Wyj\u015b\u0107 bez przekazania zmian w przes\u0142anym wpisie?",
    "Map this outcome": "Przypisz ten efekt",
    "Mapped outcomes and weights": "Przypisane efekty uczenia si\u0119 i wagi",
    "Move {entry} down": "Przesu\u0144 w d\u00f3\u0142: {entry}",
    "Move {entry} up": "Przesu\u0144 w g\u00f3r\u0119: {entry}",
    "Move {name} down": "Przesu\u0144 {name} w d\u00f3\u0142",
    "Move {name} up": "Przesu\u0144 {name} w g\u00f3r\u0119",
    "Move \u201c{name}\u201d down": "Przesu\u0144 w d\u00f3\u0142: \u201e{name}\u201d",
    "Move \u201c{name}\u201d up": "Przesu\u0144 w g\u00f3r\u0119: \u201e{name}\u201d",
    "New entry": "Nowy wpis",
    "No questions yet. Choose a type and add one.": "Brak pyta\u0144. Nale\u017cy wybra\u0107 typ i doda\u0107 pytanie.",
    "Not mapped to any outcome yet.": "Nie przypisano jeszcze \u017cadnego efektu uczenia si\u0119.",
    "Not saved yet\u2026": "Jeszcze nie zapisano\u2026",
    "Not saved.": "Nie zapisano.",
    "Nothing was saved": "Nie zapisano zmian",
    "Outcome to map": "Efekt uczenia si\u0119 do przypisania",
    "Outcome {number}: {field}": "Efekt uczenia si\u0119 nr {number}: {field}",
    "Outcomes learners may link (ids separated by commas; empty: all outcomes of the course)": "Efekty uczenia si\u0119, z kt\u00f3rymi osoby ucz\u0105ce si\u0119 mog\u0105 powi\u0105za\u0107 wpisy (ID rozdzielone przecinkami; puste pole: wszystkie efekty kursu)",
    "Outcomes learners may link to their entries (none ticked: all outcomes of the course)": "Efekty uczenia si\u0119, z kt\u00f3rymi osoby ucz\u0105ce si\u0119 mog\u0105 powi\u0105za\u0107 swoje wpisy (brak zaznaczenia: wszystkie efekty kursu)",
    "Outcomes to rate": "Efekty uczenia si\u0119 obj\u0119te samoocen\u0105",
    "Pair {number}": "Para {number}",
    "Pairs: each term and its matching partner": "Pary: ka\u017cde poj\u0119cie i pasuj\u0105cy do niego element",
    "Points": "Punkty",
    "Prompt moved to position {position}.": "Przesuni\u0119to pytanie pomocnicze na pozycj\u0119 {position}.",
    "Prompt removed. It is deleted when you save.": "Usuni\u0119to pytanie pomocnicze. Zostanie ono trwale usuni\u0119te po zapisaniu zmian.",
    "Prompt {number}: {field}": "Pytanie pomocnicze {number}: {field}",
    "Prompts of the framework \u201c{name}\u201d": "Pytania pomocnicze z modelu \u201e{name}\u201d",
    "Question id (used in reports; keep it once learners have answered)": "ID pytania (u\u017cywane w raportach; nie nale\u017cy go zmienia\u0107, gdy osoby ucz\u0105ce si\u0119 udzieli\u0142y ju\u017c odpowiedzi)",
    "Question text (HTML)": "Tre\u015b\u0107 pytania (HTML)",
    "Question {number}": "Pytanie {number}",
    "Question {number} added at the end.": "Na ko\u0144cu dodano pytanie {number}.",
    "Question {number}: {type}": "Pytanie {number}: {type}",
    "Remove {entry}": "Usu\u0144: {entry}",
    "Remove {name}": "Usu\u0144 {name}",
    "Remove \u201c{name}\u201d": "Usu\u0144: \u201e{name}\u201d",
    "Removed. It is deleted when you save.": "Usuni\u0119to. Element zostanie trwale usuni\u0119ty po zapisaniu zmian.",
    "Save changes": "Zapisz zmiany",
    "Saved.": "Zapisano.",
    "Saved: {count} outcomes.": "Zapisano. Liczba efekt\u00f3w uczenia si\u0119: {count}.",
    "Saved: {count} questions.": "Zapisano. Liczba pyta\u0144: {count}.",
    "Saving": "Zapisywanie",
    "Saving\u2026": "Zapisywanie\u2026",
    "Something went wrong. Nothing was recorded.": "Wyst\u0105pi\u0142 b\u0142\u0105d. Nie zarejestrowano odpowiedzi.",
    "Something went wrong. Nothing was saved.": "Wyst\u0105pi\u0142 b\u0142\u0105d. Nie zapisano \u017cadnych zmian.",
    "Step {number}": "Krok {number}",
    "Steps, in the correct order (learners see them shuffled)": "Kroki w poprawnej kolejno\u015bci (osoby ucz\u0105ce si\u0119 widz\u0105 je w losowej kolejno\u015bci)",
    "Submit entry": "Prze\u015blij wpis",
    "Submitting\u2026": "Przesy\u0142anie\u2026",
    "Text you had not saved on your last visit was restored.": "Przywr\u00f3cono tekst, kt\u00f3ry nie zosta\u0142 zapisany podczas poprzedniej wizyty.",
    "The course has no Learning Outcomes Matrix yet, so the ids cannot be checked now.": "Kurs nie ma jeszcze matrycy efekt\u00f3w uczenia si\u0119, dlatego nie mo\u017cna teraz sprawdzi\u0107 ID.",
    "The course has no Learning Outcomes Matrix yet: there is nothing to map to.": "Kurs nie ma jeszcze matrycy efekt\u00f3w uczenia si\u0119 \u2013 nie ma do czego przypisywa\u0107 pyta\u0144.",
    "The pathway was saved.": "Zapisano \u015bcie\u017ck\u0119.",
    "The server could not be reached. Check your connection; nothing was lost on this page.": "Nie uda\u0142o si\u0119 po\u0142\u0105czy\u0107 z serwerem. Prosz\u0119 sprawdzi\u0107 po\u0142\u0105czenie z internetem \u2013 dane na tej stronie nie zosta\u0142y utracone.",
    "The table now shows the prompts of \u201c{name}\u201d.": "Tabela zawiera teraz pytania pomocnicze z modelu \u201e{name}\u201d.",
    "Unmap {outcome}": "Usu\u0144 przypisanie efektu {outcome}",
    "Untitled entry": "Wpis bez tytu\u0142u",
    "Weight for {outcome}": "Waga efektu {outcome}",
    "Write each question in the language of the course; learners see it as written.": "Ka\u017cde pytanie nale\u017cy napisa\u0107 w j\u0119zyku kursu \u2013 osoby ucz\u0105ce si\u0119 zobacz\u0105 je w takim brzmieniu.",
    "Your answer to \u201c{prompt}\u201d has {count} characters; at most {limit} can be saved. It was not saved: please shorten it (your text is still here).": "Odpowied\u017a na pytanie \u201e{prompt}\u201d jest za d\u0142uga (liczba znak\u00f3w: {count}, a mo\u017cna zapisa\u0107 maksymalnie {limit}). Odpowied\u017a nie zosta\u0142a zapisana \u2013 prosz\u0119 j\u0105 skr\u00f3ci\u0107 (tekst nadal znajduje si\u0119 na stronie).",
    "Your draft \u201c{title}\u201d": "Wersja robocza \u201e{title}\u201d",
    "Your prompts": "W\u0142asne pytania pomocnicze",
    "Your text could not be saved. It is still here; please try again.": "Nie uda\u0142o si\u0119 zapisa\u0107 tekstu. Nadal znajduje si\u0119 on na stronie \u2013 prosz\u0119 spr\u00f3bowa\u0107 ponownie.",
    "area": "obszar",
    "correct": "poprawna",
    "description": "opis",
    "feedback when chosen (HTML)": "informacja zwrotna po wybraniu (HTML)",
    "guidance": "wskaz\u00f3wki",
    "id": "ID",
    "matching partner": "pasuj\u0105cy element",
    "maximum words": "maksymalna liczba s\u0142\u00f3w",
    "minimum words": "minimalna liczba s\u0142\u00f3w",
    "module": "modu\u0142",
    "none: the CSV names the area": "brak (obszar jest podany w pliku CSV)",
    "not in the course's matrix": "brak w matrycy kursu",
    "outcome {number}": "efekt uczenia si\u0119 nr {number}",
    "prompt {number}": "pytanie pomocnicze {number}",
    "question": "pytanie",
    "term": "poj\u0119cie",
    "text": "tekst",
    "title": "tytu\u0142",
    "{count} more word needed": [
      "brakuje jeszcze {count} s\u0142owa",
      "brakuje jeszcze {count} s\u0142\u00f3w",
      "brakuje jeszcze {count} s\u0142\u00f3w"
    ],
    "{count} outcomes imported into the table. Check them, then save.": "Liczba efekt\u00f3w uczenia si\u0119 zaimportowanych do tabeli: {count}. Prosz\u0119 je sprawdzi\u0107, a nast\u0119pnie zapisa\u0107.",
    "{count} word": [
      "{count} s\u0142owo",
      "{count} s\u0142owa",
      "{count} s\u0142\u00f3w"
    ],
    "{count} word over the limit": [
      "{count} s\u0142owo ponad limit",
      "{count} s\u0142owa ponad limit",
      "{count} s\u0142\u00f3w ponad limit"
    ],
    "{entry} moved down.": "Przesuni\u0119to w d\u00f3\u0142: {entry}.",
    "{entry} moved up.": "Przesuni\u0119to w g\u00f3r\u0119: {entry}.",
    "{entry} removed. It is deleted when you save.": "Usuni\u0119to: {entry}. Element zostanie trwale usuni\u0119ty po zapisaniu zmian.",
    "{entry}: {field}": "{entry}: {field}",
    "{name} loaded. Choose \"Replace the table\" to use it.": "Wczytano plik {name}. Aby u\u017cy\u0107 jego danych, prosz\u0119 klikn\u0105\u0107 \u201eZast\u0105p tabel\u0119 danymi CSV\u201d.",
    "{name} moved down to position {position}.": "Przesuni\u0119to {name} w d\u00f3\u0142, na pozycj\u0119 {position}.",
    "{name} moved up to position {position}.": "Przesuni\u0119to {name} w g\u00f3r\u0119, na pozycj\u0119 {position}.",
    "{name} removed. It is deleted when you save.": "Usuni\u0119to {name} z tabeli. Efekt zostanie trwale usuni\u0119ty po zapisaniu zmian.",
    "{outcome} mapped.": "Przypisano efekt {outcome}.",
    "{outcome} unmapped.": "Usuni\u0119to przypisanie efektu {outcome}.",
    "\u201c{step}\u201d is now step {position} of {count}.": "\u201e{step}\u201d jest teraz krokiem {position} z {count}."
  };
  for (const key in newcatalog) {
    django.catalog[key] = newcatalog[key];
  }
  

  if (!django.jsi18n_initialized) {
    django.gettext = function(msgid) {
      const value = django.catalog[msgid];
      if (typeof value === 'undefined') {
        return msgid;
      } else {
        return (typeof value === 'string') ? value : value[0];
      }
    };

    django.ngettext = function(singular, plural, count) {
      const value = django.catalog[singular];
      if (typeof value === 'undefined') {
        return (count == 1) ? singular : plural;
      } else {
        return value.constructor === Array ? value[django.pluralidx(count)] : value;
      }
    };

    django.gettext_noop = function(msgid) { return msgid; };

    django.pgettext = function(context, msgid) {
      let value = django.gettext(context + '\x04' + msgid);
      if (value.includes('\x04')) {
        value = msgid;
      }
      return value;
    };

    django.npgettext = function(context, singular, plural, count) {
      let value = django.ngettext(context + '\x04' + singular, context + '\x04' + plural, count);
      if (value.includes('\x04')) {
        value = django.ngettext(singular, plural, count);
      }
      return value;
    };

    django.interpolate = function(fmt, obj, named) {
      if (named) {
        return fmt.replace(/%\(\w+\)s/g, function(match){return String(obj[match.slice(2,-2)])});
      } else {
        return fmt.replace(/%s/g, function(match){return String(obj.shift())});
      }
    };


    /* formatting library */

    django.formats = {
    "DATETIME_FORMAT": "j E Y H:i",
    "DATETIME_INPUT_FORMATS": [
      "%d.%m.%Y %H:%M:%S",
      "%d.%m.%Y %H:%M:%S.%f",
      "%d.%m.%Y %H:%M",
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j E Y",
    "DATE_INPUT_FORMATS": [
      "%d.%m.%Y",
      "%d.%m.%y",
      "%y-%m-%d",
      "%Y-%m-%d"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j E",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d-m-Y  H:i",
    "SHORT_DATE_FORMAT": "d-m-Y",
    "THOUSAND_SEPARATOR": "\u00a0",
    "TIME_FORMAT": "H:i",
    "TIME_INPUT_FORMATS": [
      "%H:%M:%S",
      "%H:%M:%S.%f",
      "%H:%M"
    ],
    "YEAR_MONTH_FORMAT": "F Y"
  };

    django.get_format = function(format_type) {
      const value = django.formats[format_type];
      if (typeof value === 'undefined') {
        return format_type;
      } else {
        return value;
      }
    };

    /* add to global namespace */
    globals.pluralidx = django.pluralidx;
    globals.gettext = django.gettext;
    globals.ngettext = django.ngettext;
    globals.gettext_noop = django.gettext_noop;
    globals.pgettext = django.pgettext;
    globals.npgettext = django.npgettext;
    globals.interpolate = django.interpolate;
    globals.get_format = django.get_format;

    django.jsi18n_initialized = true;
  }
};


                  }
                };
                Jobs4AllI18N.init();
                global.Jobs4AllI18N = Jobs4AllI18N;
            }(this));
        