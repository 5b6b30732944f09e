
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
    "Description (optional)": "Beschreibung (optional)",
    "ECVET unit": "ECVET-Einheit",
    "EQF domain": "EQR-Kategorie",
    "EQF level": "EQR-Niveau",
    "Move {name} down": "{name} nach unten verschieben",
    "Move {name} up": "{name} nach oben verschieben",
    "Nothing was saved": "Nicht gespeichert",
    "Outcome {number}: {field}": "Lernergebnis {number}: {field}",
    "Remove {name}": "{name} entfernen",
    "Saved: {count} outcomes.": "Gespeichert. Anzahl der Lernergebnisse: {count}.",
    "Saving": "Wird gespeichert",
    "Something went wrong. Nothing was saved.": "Ein Fehler ist aufgetreten. Es wurde nichts gespeichert.",
    "The server could not be reached. Check your connection; nothing was lost on this page.": "Der Server ist nicht erreichbar. Bitte pr\u00fcfen Sie Ihre Verbindung \u2013 auf dieser Seite ist nichts verloren gegangen.",
    "area": "Bereich",
    "description": "Beschreibung",
    "id": "ID",
    "module": "Modul",
    "none: the CSV names the area": "Keiner \u2013 der Bereich steht in der CSV",
    "outcome {number}": "Lernergebnis {number}",
    "title": "Titel",
    "{count} outcomes imported into the table. Check them, then save.": "In die Tabelle importierte Lernergebnisse: {count}. Bitte pr\u00fcfen Sie die Eintr\u00e4ge und speichern Sie anschlie\u00dfend.",
    "{name} loaded. Choose \"Replace the table\" to use it.": "{name} wurde geladen. W\u00e4hlen Sie \u201eTabelle durch CSV ersetzen\u201c, um die Datei zu \u00fcbernehmen.",
    "{name} moved down to position {position}.": "{name} wurde nach unten auf Position {position} verschoben.",
    "{name} moved up to position {position}.": "{name} wurde nach oben auf Position {position} verschoben.",
    "{name} removed. It is deleted when you save.": "{name} wurde entfernt und wird beim Speichern endg\u00fcltig gel\u00f6scht."
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
        