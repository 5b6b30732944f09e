
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
    "A new empty prompt was added at the end of the table.": "Se ha a\u00f1adido una pregunta gu\u00eda vac\u00eda al final de la tabla.",
    "Actions": "Acciones",
    "Add a choice": "A\u00f1adir una opci\u00f3n",
    "Add a distractor": "A\u00f1adir un distractor",
    "Add a pair": "A\u00f1adir una pareja",
    "Add a step": "A\u00f1adir un paso",
    "Change your submitted entry \u201c{title}\u201d": "Modificar su entrada enviada \u00ab{title}\u00bb",
    "Changed: choose \u201cSave changes\u201d to send the new version to your trainer.": "Hay cambios: haga clic en \u00abGuardar cambios\u00bb para enviar la nueva versi\u00f3n a su formador/a.",
    "Changes to a submitted entry are sent to your trainer when you choose \u201cSave changes\u201d.": "Los cambios en una entrada ya enviada llegan a su formador/a cuando hace clic en \u00abGuardar cambios\u00bb.",
    "Choice {number}": "Opci\u00f3n {number}",
    "Choices (mark every correct choice)": "Opciones (marque todas las opciones correctas)",
    "Choices (mark the one correct choice)": "Opciones (marque la opci\u00f3n correcta)",
    "Delete this draft? This cannot be undone.": "\u00bfDesea eliminar este borrador? Esta acci\u00f3n no se puede deshacer.",
    "Description (optional)": "Descripci\u00f3n (opcional)",
    "Distractor {number}": "Distractor {number}",
    "Distractors: extra partners that match no term (optional)": "Distractores: opciones adicionales que no se corresponden con ning\u00fan t\u00e9rmino (opcional)",
    "ECVET unit": "unidad ECVET",
    "EQF domain": "\u00e1mbito del MEC",
    "EQF level": "nivel del MEC",
    "Explanation, shown with the correct answer (HTML, optional)": "Explicaci\u00f3n, que se muestra con la respuesta correcta (HTML, opcional)",
    "Leave the question and guidance empty to use the framework\u2019s wording, which learners see in their language. You may change the word limits.": "Deje vac\u00edos el enunciado y las orientaciones para utilizar la formulaci\u00f3n del modelo, que los y las participantes ven en su idioma. Puede modificar los l\u00edmites de palabras.",
    "Leave without sending your changes to the submitted entry?": "\u00bfDesea salir sin enviar los cambios que ha hecho en la entrada ya enviada?",
    "Map this outcome": "Asociar este resultado",
    "Mapped outcomes and weights": "Resultados asociados y pesos",
    "Move {entry} down": "Bajar {entry}",
    "Move {entry} up": "Subir {entry}",
    "Move {name} down": "Bajar {name}",
    "Move {name} up": "Subir {name}",
    "Move \u201c{name}\u201d down": "Bajar \u00ab{name}\u00bb",
    "Move \u201c{name}\u201d up": "Subir \u00ab{name}\u00bb",
    "New entry": "Nueva entrada",
    "No questions yet. Choose a type and add one.": "Todav\u00eda no hay preguntas. Elija un tipo y a\u00f1ada una.",
    "Not mapped to any outcome yet.": "Todav\u00eda no est\u00e1 asociada a ning\u00fan resultado.",
    "Not saved yet\u2026": "Todav\u00eda sin guardar\u2026",
    "Not saved.": "No se ha guardado.",
    "Nothing was saved": "No se ha guardado nada",
    "Outcome to map": "Resultado que se va a asociar",
    "Outcome {number}: {field}": "Resultado {number}: {field}",
    "Outcomes learners may link (ids separated by commas; empty: all outcomes of the course)": "Resultados que los y las participantes pueden vincular (ID separados por comas; si se deja vac\u00edo: todos los resultados del curso)",
    "Outcomes learners may link to their entries (none ticked: all outcomes of the course)": "Resultados que los y las participantes pueden vincular a sus entradas (si no marca ninguno: todos los resultados del curso)",
    "Outcomes to rate": "Resultados para la autovaloraci\u00f3n",
    "Pair {number}": "Pareja {number}",
    "Pairs: each term and its matching partner": "Parejas: cada t\u00e9rmino y su correspondencia",
    "Points": "Puntos",
    "Prompt moved to position {position}.": "Se ha movido la pregunta gu\u00eda a la posici\u00f3n {position}.",
    "Prompt removed. It is deleted when you save.": "Se ha quitado la pregunta gu\u00eda. Se eliminar\u00e1 definitivamente al guardar.",
    "Prompt {number}: {field}": "Pregunta gu\u00eda {number}: {field}",
    "Prompts of the framework \u201c{name}\u201d": "Preguntas gu\u00eda del modelo \u00ab{name}\u00bb",
    "Question id (used in reports; keep it once learners have answered)": "ID de la pregunta (se utiliza en los informes; no lo cambie una vez que haya respuestas de participantes)",
    "Question text (HTML)": "Enunciado de la pregunta (HTML)",
    "Question {number}": "Pregunta {number}",
    "Question {number} added at the end.": "Se ha a\u00f1adido la pregunta {number} al final.",
    "Question {number}: {type}": "Pregunta {number}: {type}",
    "Remove {entry}": "Quitar {entry}",
    "Remove {name}": "Quitar {name}",
    "Remove \u201c{name}\u201d": "Quitar \u00ab{name}\u00bb",
    "Removed. It is deleted when you save.": "Se ha quitado. Se eliminar\u00e1 definitivamente al guardar.",
    "Save changes": "Guardar cambios",
    "Saved.": "Cambios guardados.",
    "Saved: {count} outcomes.": "Cambios guardados. Resultados: {count}.",
    "Saved: {count} questions.": "Cambios guardados. Preguntas: {count}.",
    "Saving": "Guardando",
    "Saving\u2026": "Guardando\u2026",
    "Something went wrong. Nothing was recorded.": "Se ha producido un error. No se ha registrado nada.",
    "Something went wrong. Nothing was saved.": "Se ha producido un error. No se ha guardado nada.",
    "Step {number}": "Paso {number}",
    "Steps, in the correct order (learners see them shuffled)": "Pasos, en el orden correcto (los y las participantes los ven desordenados)",
    "Submit entry": "Enviar entrada",
    "Submitting\u2026": "Enviando\u2026",
    "Text you had not saved on your last visit was restored.": "Se ha recuperado el texto que no hab\u00eda guardado en su \u00faltima visita.",
    "The course has no Learning Outcomes Matrix yet, so the ids cannot be checked now.": "El curso todav\u00eda no tiene una matriz de resultados de aprendizaje, por lo que ahora no se pueden comprobar los ID.",
    "The course has no Learning Outcomes Matrix yet: there is nothing to map to.": "El curso todav\u00eda no tiene una matriz de resultados de aprendizaje: no hay resultados a los que asociar la pregunta.",
    "The pathway was saved.": "Se ha guardado el itinerario.",
    "The server could not be reached. Check your connection; nothing was lost on this page.": "No se ha podido conectar con el servidor. Compruebe su conexi\u00f3n; los datos de esta p\u00e1gina no se han perdido.",
    "The table now shows the prompts of \u201c{name}\u201d.": "La tabla muestra ahora las preguntas gu\u00eda de \u00ab{name}\u00bb.",
    "Unmap {outcome}": "Desasociar {outcome}",
    "Untitled entry": "Entrada sin t\u00edtulo",
    "Weight for {outcome}": "Peso de {outcome}",
    "Write each question in the language of the course; learners see it as written.": "Redacte cada enunciado en el idioma del curso; los y las participantes lo ver\u00e1n tal como est\u00e9 escrito.",
    "Your answer to \u201c{prompt}\u201d has {count} characters; at most {limit} can be saved. It was not saved: please shorten it (your text is still here).": "Su respuesta a \u00ab{prompt}\u00bb tiene {count} caracteres; se pueden guardar como m\u00e1ximo {limit}. No se ha guardado: ac\u00f3rtela, por favor (su texto sigue aqu\u00ed).",
    "Your draft \u201c{title}\u201d": "Su borrador \u00ab{title}\u00bb",
    "Your prompts": "Sus preguntas gu\u00eda",
    "Your text could not be saved. It is still here; please try again.": "No se ha podido guardar su texto. Sigue aqu\u00ed; vuelva a intentarlo.",
    "area": "\u00e1rea",
    "correct": "correcta",
    "description": "descripci\u00f3n",
    "feedback when chosen (HTML)": "retroalimentaci\u00f3n si se elige (HTML)",
    "guidance": "orientaciones",
    "id": "ID",
    "matching partner": "correspondencia",
    "maximum words": "m\u00e1ximo de palabras",
    "minimum words": "m\u00ednimo de palabras",
    "module": "m\u00f3dulo",
    "none: the CSV names the area": "ninguna: el CSV indica el \u00e1rea",
    "not in the course's matrix": "no figura en la matriz del curso",
    "outcome {number}": "resultado {number}",
    "prompt {number}": "pregunta gu\u00eda {number}",
    "question": "enunciado",
    "term": "t\u00e9rmino",
    "text": "texto",
    "title": "t\u00edtulo",
    "{count} more word needed": [
      "Falta {count} palabra",
      "Faltan {count} palabras"
    ],
    "{count} outcomes imported into the table. Check them, then save.": "Resultados importados a la tabla: {count}. Rev\u00edselos y, despu\u00e9s, guarde los cambios.",
    "{count} word": [
      "{count} palabra",
      "{count} palabras"
    ],
    "{count} word over the limit": [
      "{count} palabra de m\u00e1s",
      "{count} palabras de m\u00e1s"
    ],
    "{entry} moved down.": "Se ha bajado {entry}.",
    "{entry} moved up.": "Se ha subido {entry}.",
    "{entry} removed. It is deleted when you save.": "Se ha quitado {entry}. Se eliminar\u00e1 definitivamente al guardar.",
    "{entry}: {field}": "{entry}: {field}",
    "{name} loaded. Choose \"Replace the table\" to use it.": "Se ha cargado {name}. Haga clic en \u00abSustituir la tabla por el CSV\u00bb para usarlo.",
    "{name} moved down to position {position}.": "Se ha bajado {name} a la posici\u00f3n {position}.",
    "{name} moved up to position {position}.": "Se ha subido {name} a la posici\u00f3n {position}.",
    "{name} removed. It is deleted when you save.": "Se ha quitado {name}. Se eliminar\u00e1 definitivamente al guardar.",
    "{outcome} mapped.": "Se ha asociado {outcome}.",
    "{outcome} unmapped.": "Se ha desasociado {outcome}.",
    "\u201c{step}\u201d is now step {position} of {count}.": "\u00ab{step}\u00bb es ahora el paso {position} de {count}."
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
        