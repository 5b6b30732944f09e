
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
    "A new empty outcome was added at the end of the table.": "Foi adicionado um novo resultado de aprendizagem vazio no fim da tabela.",
    "Description (optional)": "Descri\u00e7\u00e3o (opcional)",
    "ECVET unit": "unidade ECVET",
    "EQF domain": "dom\u00ednio do QEQ",
    "EQF level": "n\u00edvel do QEQ",
    "Move {name} down": "Mover {name} para baixo",
    "Move {name} up": "Mover {name} para cima",
    "Nothing was saved": "N\u00e3o foi guardado nada",
    "Outcome {number}: {field}": "Resultado de aprendizagem {number}: {field}",
    "Remove {name}": "Remover {name}",
    "Saved: {count} outcomes.": "Matriz guardada. Resultados de aprendizagem: {count}.",
    "Saving": "A guardar",
    "Something went wrong. Nothing was saved.": "Ocorreu um erro. N\u00e3o foi guardado nada.",
    "The server could not be reached. Check your connection; nothing was lost on this page.": "N\u00e3o foi poss\u00edvel contactar o servidor. Verifique a sua liga\u00e7\u00e3o; n\u00e3o se perdeu nada nesta p\u00e1gina.",
    "area": "\u00e1rea",
    "description": "descri\u00e7\u00e3o",
    "id": "ID",
    "module": "m\u00f3dulo",
    "none: the CSV names the area": "nenhuma: o CSV indica a \u00e1rea",
    "outcome {number}": "resultado de aprendizagem {number}",
    "title": "t\u00edtulo",
    "{count} outcomes imported into the table. Check them, then save.": "Resultados de aprendizagem importados para a tabela: {count}. Verifique-os e, depois, guarde.",
    "{name} loaded. Choose \"Replace the table\" to use it.": "Ficheiro \u00ab{name}\u00bb carregado. Para o utilizar, escolha \u00abSubstituir a tabela pelo CSV\u00bb.",
    "{name} moved down to position {position}.": "{name} desceu para a posi\u00e7\u00e3o {position}.",
    "{name} moved up to position {position}.": "{name} subiu para a posi\u00e7\u00e3o {position}.",
    "{name} removed. It is deleted when you save.": "{name} removido da tabela. A elimina\u00e7\u00e3o s\u00f3 \u00e9 efetiva quando guardar."
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
    "DATETIME_FORMAT": "j \\d\\e F \\d\\e Y \u00e0\\s H:i",
    "DATETIME_INPUT_FORMATS": [
      "%Y-%m-%d %H:%M:%S",
      "%Y-%m-%d %H:%M:%S.%f",
      "%Y-%m-%d %H:%M",
      "%d/%m/%Y %H:%M:%S",
      "%d/%m/%Y %H:%M:%S.%f",
      "%d/%m/%Y %H:%M",
      "%d/%m/%y %H:%M:%S",
      "%d/%m/%y %H:%M:%S.%f",
      "%d/%m/%y %H:%M",
      "%Y-%m-%d"
    ],
    "DATE_FORMAT": "j \\d\\e F \\d\\e Y",
    "DATE_INPUT_FORMATS": [
      "%Y-%m-%d",
      "%d/%m/%Y",
      "%d/%m/%y"
    ],
    "DECIMAL_SEPARATOR": ",",
    "FIRST_DAY_OF_WEEK": 0,
    "MONTH_DAY_FORMAT": "j \\d\\e F",
    "NUMBER_GROUPING": 3,
    "SHORT_DATETIME_FORMAT": "d/m/Y H:i",
    "SHORT_DATE_FORMAT": "d/m/Y",
    "THOUSAND_SEPARATOR": ".",
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
        