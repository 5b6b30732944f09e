
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
    "Description (optional)": "Opis (opcjonalnie)",
    "ECVET unit": "jednostka ECVET",
    "EQF domain": "kategoria ERK",
    "EQF level": "poziom ERK",
    "Move {name} down": "Przesu\u0144 {name} w d\u00f3\u0142",
    "Move {name} up": "Przesu\u0144 {name} w g\u00f3r\u0119",
    "Nothing was saved": "Nie zapisano zmian",
    "Outcome {number}: {field}": "Efekt uczenia si\u0119 nr {number}: {field}",
    "Remove {name}": "Usu\u0144 {name}",
    "Saved: {count} outcomes.": "Zapisano. Liczba efekt\u00f3w uczenia si\u0119: {count}.",
    "Saving": "Zapisywanie",
    "Something went wrong. Nothing was saved.": "Wyst\u0105pi\u0142 b\u0142\u0105d. Nie zapisano \u017cadnych zmian.",
    "The server could not be reached. Check your connection; nothing was lost on this page.": "Nie uda\u0142o si\u0119 po\u0142\u0105czy\u0107 z serwerem. Prosz\u0119 sprawdzi\u0107 po\u0142\u0105czenie z internetem \u2013 dane na tej stronie nie zosta\u0142y utracone.",
    "area": "obszar",
    "description": "opis",
    "id": "ID",
    "module": "modu\u0142",
    "none: the CSV names the area": "brak (obszar jest podany w pliku CSV)",
    "outcome {number}": "efekt uczenia si\u0119 nr {number}",
    "title": "tytu\u0142",
    "{count} outcomes imported into the table. Check them, then save.": "Liczba efekt\u00f3w uczenia si\u0119 zaimportowanych do tabeli: {count}. Prosz\u0119 je sprawdzi\u0107, a nast\u0119pnie zapisa\u0107.",
    "{name} loaded. Choose \"Replace the table\" to use it.": "Wczytano plik {name}. Aby u\u017cy\u0107 jego danych, prosz\u0119 klikn\u0105\u0107 \u201eZast\u0105p tabel\u0119 danymi CSV\u201d.",
    "{name} moved down to position {position}.": "Przesuni\u0119to {name} w d\u00f3\u0142, na pozycj\u0119 {position}.",
    "{name} moved up to position {position}.": "Przesuni\u0119to {name} w g\u00f3r\u0119, na pozycj\u0119 {position}.",
    "{name} removed. It is deleted when you save.": "Usuni\u0119to {name} z tabeli. Efekt zostanie trwale usuni\u0119ty po zapisaniu zmian."
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
        