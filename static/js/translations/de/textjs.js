
            (function(global){
                var Jobs4AllI18N = {
                  init: function() {
                    
'use strict';
{
  const globals = this;
  const django = globals.django || (globals.django = {});

  
  django.pluralidx = function(n) {
    const v = (n != 1);
    if (typeof v === 'boolean') {
      return v ? 1 : 0;
    } else {
      return v;
    }
  };
  

  /* gettext library */

  django.catalog = django.catalog || {};
  
  const newcatalog = {
    "A new empty outcome was added at the end of the table.": "Am Ende der Tabelle wurde ein neues, leeres Lernergebnis hinzugef\u00fcgt.",
    "A new empty prompt was added at the end of the table.": "Am Ende der Tabelle wurde eine neue, leere Leitfrage hinzugef\u00fcgt.",
    "Actions": "Aktionen",
    "Add a choice": "Antwortoption hinzuf\u00fcgen",
    "Add a distractor": "Distraktor hinzuf\u00fcgen",
    "Add a pair": "Paar hinzuf\u00fcgen",
    "Add a step": "Schritt hinzuf\u00fcgen",
    "Change your submitted entry \u201c{title}\u201d": "Ihren eingereichten Eintrag \u201e{title}\u201c \u00e4ndern",
    "Changed: choose \u201cSave changes\u201d to send the new version to your trainer.": "Ge\u00e4ndert: W\u00e4hlen Sie \u201e\u00c4nderungen speichern\u201c, um die neue Version an die Ausbildenden zu \u00fcbermitteln.",
    "Changes to a submitted entry are sent to your trainer when you choose \u201cSave changes\u201d.": "\u00c4nderungen an einem eingereichten Eintrag werden an die Ausbildenden \u00fcbermittelt, wenn Sie \u201e\u00c4nderungen speichern\u201c w\u00e4hlen.",
    "Choice {number}": "Antwortoption {number}",
    "Choices (mark every correct choice)": "Antwortoptionen (alle richtigen Optionen markieren)",
    "Choices (mark the one correct choice)": "Antwortoptionen (die richtige Option markieren)",
    "Delete this draft? This cannot be undone.": "Diesen Entwurf l\u00f6schen? Das kann nicht r\u00fcckg\u00e4ngig gemacht werden.",
    "Description (optional)": "Beschreibung (optional)",
    "Distractor {number}": "Distraktor {number}",
    "Distractors: extra partners that match no term (optional)": "Distraktoren: zus\u00e4tzliche Gegenst\u00fccke, die zu keinem Begriff passen (optional)",
    "ECVET unit": "ECVET-Einheit",
    "EQF domain": "EQR-Kategorie",
    "EQF level": "EQR-Niveau",
    "Explanation, shown with the correct answer (HTML, optional)": "Erl\u00e4uterung, die mit der richtigen Antwort angezeigt wird (HTML, optional)",
    "Leave the question and guidance empty to use the framework\u2019s wording, which learners see in their language. You may change the word limits.": "Lassen Sie Frage und Hinweise leer, um die Formulierung des Modells zu verwenden, die Lernende in ihrer Sprache sehen. Die Wortgrenzen k\u00f6nnen Sie \u00e4ndern.",
    "Leave without sending your changes to the submitted entry?": "Bearbeitung beenden, ohne Ihre \u00c4nderungen am eingereichten Eintrag zu \u00fcbermitteln?",
    "Map this outcome": "Dieses Lernergebnis zuordnen",
    "Mapped outcomes and weights": "Zugeordnete Lernergebnisse und Gewichtungen",
    "Move {entry} down": "{entry} nach unten verschieben",
    "Move {entry} up": "{entry} nach oben verschieben",
    "Move {name} down": "{name} nach unten verschieben",
    "Move {name} up": "{name} nach oben verschieben",
    "Move \u201c{name}\u201d down": "\u201e{name}\u201c nach unten verschieben",
    "Move \u201c{name}\u201d up": "\u201e{name}\u201c nach oben verschieben",
    "New entry": "Neuer Eintrag",
    "No questions yet. Choose a type and add one.": "Noch keine Fragen. W\u00e4hlen Sie einen Typ und f\u00fcgen Sie eine Frage hinzu.",
    "Not mapped to any outcome yet.": "Noch keinem Lernergebnis zugeordnet.",
    "Not saved yet\u2026": "Noch nicht gespeichert \u2026",
    "Not saved.": "Nicht gespeichert.",
    "Nothing was saved": "Nicht gespeichert",
    "Outcome to map": "Zuzuordnendes Lernergebnis",
    "Outcome {number}: {field}": "Lernergebnis {number}: {field}",
    "Outcomes learners may link (ids separated by commas; empty: all outcomes of the course)": "Lernergebnisse, die Lernende verkn\u00fcpfen d\u00fcrfen (IDs durch Kommas getrennt; leer: alle Lernergebnisse des Kurses)",
    "Outcomes learners may link to their entries (none ticked: all outcomes of the course)": "Lernergebnisse, die Lernende mit ihren Eintr\u00e4gen verkn\u00fcpfen d\u00fcrfen (keines angekreuzt: alle Lernergebnisse des Kurses)",
    "Outcomes to rate": "Einzusch\u00e4tzende Lernergebnisse",
    "Pair {number}": "Paar {number}",
    "Pairs: each term and its matching partner": "Paare: jeder Begriff mit seinem passenden Gegenst\u00fcck",
    "Points": "Punkte",
    "Prompt moved to position {position}.": "Leitfrage auf Position {position} verschoben.",
    "Prompt removed. It is deleted when you save.": "Leitfrage entfernt. Sie wird beim Speichern endg\u00fcltig gel\u00f6scht.",
    "Prompt {number}: {field}": "Leitfrage {number}: {field}",
    "Prompts of the framework \u201c{name}\u201d": "Leitfragen des Modells \u201e{name}\u201c",
    "Question id (used in reports; keep it once learners have answered)": "Frage-ID (wird in Berichten verwendet; nicht mehr \u00e4ndern, sobald Lernende geantwortet haben)",
    "Question text (HTML)": "Fragetext (HTML)",
    "Question {number}": "Frage {number}",
    "Question {number} added at the end.": "Frage {number} wurde am Ende hinzugef\u00fcgt.",
    "Question {number}: {type}": "Frage {number}: {type}",
    "Remove {entry}": "{entry} entfernen",
    "Remove {name}": "{name} entfernen",
    "Remove \u201c{name}\u201d": "\u201e{name}\u201c entfernen",
    "Removed. It is deleted when you save.": "Entfernt. Wird beim Speichern endg\u00fcltig gel\u00f6scht.",
    "Save changes": "\u00c4nderungen speichern",
    "Saved.": "Gespeichert.",
    "Saved: {count} outcomes.": "Gespeichert. Anzahl der Lernergebnisse: {count}.",
    "Saved: {count} questions.": "Gespeichert. Anzahl der Fragen: {count}.",
    "Saving": "Wird gespeichert",
    "Saving\u2026": "Wird gespeichert \u2026",
    "Something went wrong. Nothing was recorded.": "Ein Fehler ist aufgetreten. Es wurde nichts erfasst.",
    "Something went wrong. Nothing was saved.": "Ein Fehler ist aufgetreten. Es wurde nichts gespeichert.",
    "Step {number}": "Schritt {number}",
    "Steps, in the correct order (learners see them shuffled)": "Schritte in der richtigen Reihenfolge (Lernende sehen sie gemischt)",
    "Submit entry": "Eintrag einreichen",
    "Submitting\u2026": "Wird eingereicht \u2026",
    "Text you had not saved on your last visit was restored.": "Text, den Sie bei Ihrem letzten Besuch nicht gespeichert hatten, wurde wiederhergestellt.",
    "The course has no Learning Outcomes Matrix yet, so the ids cannot be checked now.": "Der Kurs hat noch keine Lernergebnismatrix, daher k\u00f6nnen die IDs derzeit nicht gepr\u00fcft werden.",
    "The course has no Learning Outcomes Matrix yet: there is nothing to map to.": "Der Kurs hat noch keine Lernergebnismatrix: Es gibt keine Lernergebnisse, denen Fragen zugeordnet werden k\u00f6nnen.",
    "The pathway was saved.": "Der Entwicklungspfad wurde gespeichert.",
    "The server could not be reached. Check your connection; nothing was lost on this page.": "Der Server ist nicht erreichbar. Bitte pr\u00fcfen Sie Ihre Verbindung \u2013 auf dieser Seite ist nichts verloren gegangen.",
    "The table now shows the prompts of \u201c{name}\u201d.": "Die Tabelle zeigt jetzt die Leitfragen des Modells \u201e{name}\u201c.",
    "Unmap {outcome}": "Zuordnung von {outcome} aufheben",
    "Untitled entry": "Eintrag ohne Titel",
    "Weight for {outcome}": "Gewichtung f\u00fcr {outcome}",
    "Write each question in the language of the course; learners see it as written.": "Formulieren Sie jede Frage in der Sprache des Kurses; Lernende sehen sie genau so, wie sie geschrieben ist.",
    "Your answer to \u201c{prompt}\u201d has {count} characters; at most {limit} can be saved. It was not saved: please shorten it (your text is still here).": "Ihre Antwort auf \u201e{prompt}\u201c umfasst {count} Zeichen; gespeichert werden k\u00f6nnen h\u00f6chstens {limit}. Sie wurde nicht gespeichert \u2013 bitte k\u00fcrzen Sie sie (Ihr Text ist weiterhin hier).",
    "Your draft \u201c{title}\u201d": "Ihr Entwurf \u201e{title}\u201c",
    "Your prompts": "Ihre Leitfragen",
    "Your text could not be saved. It is still here; please try again.": "Ihr Text konnte nicht gespeichert werden. Er ist weiterhin hier; bitte versuchen Sie es erneut.",
    "area": "Bereich",
    "correct": "Richtig",
    "description": "Beschreibung",
    "feedback when chosen (HTML)": "R\u00fcckmeldung bei Auswahl (HTML)",
    "guidance": "Hinweise",
    "id": "ID",
    "matching partner": "Passendes Gegenst\u00fcck",
    "maximum words": "H\u00f6chstanzahl W\u00f6rter",
    "minimum words": "Mindestanzahl W\u00f6rter",
    "module": "Modul",
    "none: the CSV names the area": "Keiner \u2013 der Bereich steht in der CSV",
    "not in the course's matrix": "nicht in der Matrix des Kurses enthalten",
    "outcome {number}": "Lernergebnis {number}",
    "prompt {number}": "Leitfrage {number}",
    "question": "Frage",
    "term": "Begriff",
    "text": "Text",
    "title": "Titel",
    "{count} more word needed": [
      "{count} weiteres Wort erforderlich",
      "{count} weitere W\u00f6rter erforderlich"
    ],
    "{count} outcomes imported into the table. Check them, then save.": "In die Tabelle importierte Lernergebnisse: {count}. Bitte pr\u00fcfen Sie die Eintr\u00e4ge und speichern Sie anschlie\u00dfend.",
    "{count} word": [
      "{count} Wort",
      "{count} W\u00f6rter"
    ],
    "{count} word over the limit": [
      "{count} Wort \u00fcber der Obergrenze",
      "{count} W\u00f6rter \u00fcber der Obergrenze"
    ],
    "{entry} moved down.": "{entry} wurde nach unten verschoben.",
    "{entry} moved up.": "{entry} wurde nach oben verschoben.",
    "{entry} removed. It is deleted when you save.": "{entry} wurde entfernt und wird beim Speichern endg\u00fcltig gel\u00f6scht.",
    "{entry}: {field}": "{entry}: {field}",
    "{name} loaded. Choose \"Replace the table\" to use it.": "{name} wurde geladen. W\u00e4hlen Sie \u201eTabelle durch CSV ersetzen\u201c, um die Datei zu \u00fcbernehmen.",
    "{name} moved down to position {position}.": "{name} wurde nach unten auf Position {position} verschoben.",
    "{name} moved up to position {position}.": "{name} wurde nach oben auf Position {position} verschoben.",
    "{name} removed. It is deleted when you save.": "{name} wurde entfernt und wird beim Speichern endg\u00fcltig gel\u00f6scht.",
    "{outcome} mapped.": "{outcome} zugeordnet.",
    "{outcome} unmapped.": "Zuordnung von {outcome} aufgehoben.",
    "\u201c{step}\u201d is now step {position} of {count}.": "\u201e{step}\u201c ist jetzt Schritt {position} von {count}."
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
    "DATETIME_FORMAT": "j. F Y H:i",
    "DATETIME_INPUT_FORMATS": [
      "%d.%m.%Y %H:%M:%S",
      "%d.%m.%Y %H:%M:%S.%f",
      "%d.%m.%Y %H:%M",
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j. F Y",
    "DATE_INPUT_FORMATS": [
      "%d.%m.%Y",
      "%d.%m.%y",
      "%Y-%m-%d"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j. F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d.m.Y H:i",
    "SHORT_DATE_FORMAT": "d.m.Y",
    "THOUSAND_SEPARATOR": ".",
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
        