
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
    "A new empty outcome was added at the end of the table.": "Se ha a\u00f1adido un resultado vac\u00edo al final de la tabla.",
    "Description (optional)": "Descripci\u00f3n (opcional)",
    "ECVET unit": "unidad ECVET",
    "EQF domain": "\u00e1mbito del MEC",
    "EQF level": "nivel del MEC",
    "Move {name} down": "Bajar {name}",
    "Move {name} up": "Subir {name}",
    "Nothing was saved": "No se ha guardado nada",
    "Outcome {number}: {field}": "Resultado {number}: {field}",
    "Remove {name}": "Quitar {name}",
    "Saved: {count} outcomes.": "Cambios guardados. Resultados: {count}.",
    "Saving": "Guardando",
    "Something went wrong. Nothing was saved.": "Se ha producido un error. No se ha guardado nada.",
    "The server could not be reached. Check your connection; nothing was lost on this page.": "No se ha podido conectar con el servidor. Compruebe su conexi\u00f3n; los datos de esta p\u00e1gina no se han perdido.",
    "area": "\u00e1rea",
    "description": "descripci\u00f3n",
    "id": "ID",
    "module": "m\u00f3dulo",
    "none: the CSV names the area": "ninguna: el CSV indica el \u00e1rea",
    "outcome {number}": "resultado {number}",
    "title": "t\u00edtulo",
    "{count} outcomes imported into the table. Check them, then save.": "Resultados importados a la tabla: {count}. Rev\u00edselos y, despu\u00e9s, guarde los cambios.",
    "{name} loaded. Choose \"Replace the table\" to use it.": "Se ha cargado {name}. Haga clic en \u00abSustituir la tabla por el CSV\u00bb para usarlo.",
    "{name} moved down to position {position}.": "Se ha bajado {name} a la posici\u00f3n {position}.",
    "{name} moved up to position {position}.": "Se ha subido {name} a la posici\u00f3n {position}.",
    "{name} removed. It is deleted when you save.": "Se ha quitado {name}. Se eliminar\u00e1 definitivamente al guardar."
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
    "DATETIME_FORMAT": "j \\d\\e F \\d\\e Y \\a \\l\\a\\s H:i",
    "DATETIME_INPUT_FORMATS": [
      "%d/%m/%Y %H:%M:%S",
      "%d/%m/%Y %H:%M:%S.%f",
      "%d/%m/%Y %H:%M",
      "%d/%m/%y %H:%M:%S",
      "%d/%m/%y %H:%M:%S.%f",
      "%d/%m/%y %H:%M",
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j \\d\\e F \\d\\e Y",
    "DATE_INPUT_FORMATS": [
      "%d/%m/%Y",
      "%d/%m/%y",
      "%Y-%m-%d"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 1,
    "MONTH_DAY_FORMAT": "j \\d\\e F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d/m/Y H:i",
    "SHORT_DATE_FORMAT": "d/m/Y",
    "THOUSAND_SEPARATOR": "\u00a0",
    "TIME_FORMAT": "H:i",
    "TIME_INPUT_FORMATS": [
      "%H:%M:%S",
      "%H:%M:%S.%f",
      "%H:%M"
    ],
    "YEAR_MONTH_FORMAT": "F \\d\\e Y"
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
        