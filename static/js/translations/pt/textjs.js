
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
    "A new empty prompt was added at the end of the table.": "Foi adicionada uma nova pergunta orientadora vazia no fim da tabela.",
    "Actions": "A\u00e7\u00f5es",
    "Add a choice": "Adicionar op\u00e7\u00e3o",
    "Add a distractor": "Adicionar distrator",
    "Add a pair": "Adicionar par",
    "Add a step": "Adicionar passo",
    "Change your submitted entry \u201c{title}\u201d": "Alterar o seu registo submetido \u00ab{title}\u00bb",
    "Changed: choose \u201cSave changes\u201d to send the new version to your trainer.": "Alterado: escolha \u00abGuardar altera\u00e7\u00f5es\u00bb para enviar a nova vers\u00e3o ao(\u00e0) formador(a).",
    "Changes to a submitted entry are sent to your trainer when you choose \u201cSave changes\u201d.": "As altera\u00e7\u00f5es a um registo submetido s\u00e3o enviadas ao(\u00e0) formador(a) quando escolhe \u00abGuardar altera\u00e7\u00f5es\u00bb.",
    "Choice {number}": "Op\u00e7\u00e3o {number}",
    "Choices (mark every correct choice)": "Op\u00e7\u00f5es (marque todas as op\u00e7\u00f5es corretas)",
    "Choices (mark the one correct choice)": "Op\u00e7\u00f5es (marque a \u00fanica op\u00e7\u00e3o correta)",
    "Delete this draft? This cannot be undone.": "Eliminar este rascunho? Esta a\u00e7\u00e3o n\u00e3o pode ser anulada.",
    "Description (optional)": "Descri\u00e7\u00e3o (opcional)",
    "Distractor {number}": "Distrator {number}",
    "Distractors: extra partners that match no term (optional)": "Distratores: op\u00e7\u00f5es adicionais que n\u00e3o correspondem a nenhum termo (opcional)",
    "ECVET unit": "unidade ECVET",
    "EQF domain": "dom\u00ednio do QEQ",
    "EQF level": "n\u00edvel do QEQ",
    "Explanation, shown with the correct answer (HTML, optional)": "Explica\u00e7\u00e3o, apresentada com a resposta correta (HTML, opcional)",
    "Leave the question and guidance empty to use the framework\u2019s wording, which learners see in their language. You may change the word limits.": "Deixe a pergunta e as orienta\u00e7\u00f5es em branco para utilizar a formula\u00e7\u00e3o do modelo, que as pessoas participantes veem na sua l\u00edngua. Pode alterar os limites de palavras.",
    "Leave without sending your changes to the submitted entry?": "Sair sem enviar as altera\u00e7\u00f5es ao registo submetido?",
    "Map this outcome": "Associar este resultado de aprendizagem",
    "Mapped outcomes and weights": "Resultados de aprendizagem associados e pesos",
    "Move {entry} down": "Mover {entry} para baixo",
    "Move {entry} up": "Mover {entry} para cima",
    "Move {name} down": "Mover {name} para baixo",
    "Move {name} up": "Mover {name} para cima",
    "Move \u201c{name}\u201d down": "Mover \u00ab{name}\u00bb para baixo",
    "Move \u201c{name}\u201d up": "Mover \u00ab{name}\u00bb para cima",
    "New entry": "Novo registo",
    "No questions yet. Choose a type and add one.": "Ainda n\u00e3o h\u00e1 perguntas. Escolha um tipo e adicione uma.",
    "Not mapped to any outcome yet.": "Ainda n\u00e3o est\u00e1 associada a nenhum resultado de aprendizagem.",
    "Not saved yet\u2026": "Ainda n\u00e3o guardado\u2026",
    "Not saved.": "N\u00e3o foi guardado.",
    "Nothing was saved": "N\u00e3o foi guardado nada",
    "Outcome to map": "Resultado de aprendizagem a associar",
    "Outcome {number}: {field}": "Resultado de aprendizagem {number}: {field}",
    "Outcomes learners may link (ids separated by commas; empty: all outcomes of the course)": "Resultados de aprendizagem que as pessoas participantes podem associar (IDs separados por v\u00edrgulas; em branco: todos os resultados de aprendizagem do curso)",
    "Outcomes learners may link to their entries (none ticked: all outcomes of the course)": "Resultados de aprendizagem que as pessoas participantes podem associar aos seus registos (nenhum selecionado: todos os resultados de aprendizagem do curso)",
    "Outcomes to rate": "Resultados de aprendizagem a autoavaliar",
    "Pair {number}": "Par {number}",
    "Pairs: each term and its matching partner": "Pares: cada termo e a respetiva correspond\u00eancia",
    "Points": "Pontos",
    "Prompt moved to position {position}.": "Pergunta orientadora movida para a posi\u00e7\u00e3o {position}.",
    "Prompt removed. It is deleted when you save.": "Pergunta orientadora removida. A elimina\u00e7\u00e3o s\u00f3 \u00e9 efetiva quando guardar.",
    "Prompt {number}: {field}": "Pergunta orientadora {number}: {field}",
    "Prompts of the framework \u201c{name}\u201d": "Perguntas orientadoras do modelo \u00ab{name}\u00bb",
    "Question id (used in reports; keep it once learners have answered)": "ID da pergunta (utilizado nos relat\u00f3rios; n\u00e3o o altere depois de as pessoas participantes responderem)",
    "Question text (HTML)": "Texto da pergunta (HTML)",
    "Question {number}": "Pergunta {number}",
    "Question {number} added at the end.": "Pergunta {number} adicionada no fim.",
    "Question {number}: {type}": "Pergunta {number}: {type}",
    "Remove {entry}": "Remover {entry}",
    "Remove {name}": "Remover {name}",
    "Remove \u201c{name}\u201d": "Remover \u00ab{name}\u00bb",
    "Removed. It is deleted when you save.": "Linha removida. A elimina\u00e7\u00e3o s\u00f3 \u00e9 efetiva quando guardar.",
    "Save changes": "Guardar altera\u00e7\u00f5es",
    "Saved.": "Guardado.",
    "Saved: {count} outcomes.": "Matriz guardada. Resultados de aprendizagem: {count}.",
    "Saved: {count} questions.": "Avalia\u00e7\u00e3o guardada. Perguntas: {count}.",
    "Saving": "A guardar",
    "Saving\u2026": "A guardar\u2026",
    "Something went wrong. Nothing was recorded.": "Ocorreu um erro. N\u00e3o foi registado nada.",
    "Something went wrong. Nothing was saved.": "Ocorreu um erro. N\u00e3o foi guardado nada.",
    "Step {number}": "Passo {number}",
    "Steps, in the correct order (learners see them shuffled)": "Passos, pela ordem correta (as pessoas participantes veem-nos baralhados)",
    "Submit entry": "Submeter registo",
    "Submitting\u2026": "A submeter\u2026",
    "Text you had not saved on your last visit was restored.": "Foi restaurado o texto que n\u00e3o tinha guardado na sua \u00faltima visita.",
    "The course has no Learning Outcomes Matrix yet, so the ids cannot be checked now.": "O curso ainda n\u00e3o tem nenhuma matriz de resultados de aprendizagem, pelo que n\u00e3o \u00e9 poss\u00edvel verificar os IDs neste momento.",
    "The course has no Learning Outcomes Matrix yet: there is nothing to map to.": "O curso ainda n\u00e3o tem nenhuma matriz de resultados de aprendizagem: n\u00e3o h\u00e1 resultados a que associar a pergunta.",
    "The pathway was saved.": "O percurso foi guardado.",
    "The server could not be reached. Check your connection; nothing was lost on this page.": "N\u00e3o foi poss\u00edvel contactar o servidor. Verifique a sua liga\u00e7\u00e3o; n\u00e3o se perdeu nada nesta p\u00e1gina.",
    "The table now shows the prompts of \u201c{name}\u201d.": "A tabela mostra agora as perguntas orientadoras de \u00ab{name}\u00bb.",
    "Unmap {outcome}": "Desassociar {outcome}",
    "Untitled entry": "Registo sem t\u00edtulo",
    "Weight for {outcome}": "Peso de {outcome}",
    "Write each question in the language of the course; learners see it as written.": "Escreva cada pergunta na l\u00edngua do curso; as pessoas participantes veem-na tal como foi escrita.",
    "Your answer to \u201c{prompt}\u201d has {count} characters; at most {limit} can be saved. It was not saved: please shorten it (your text is still here).": "A sua resposta a \u00ab{prompt}\u00bb tem {count} caracteres; s\u00f3 \u00e9 poss\u00edvel guardar, no m\u00e1ximo, {limit}. A resposta n\u00e3o foi guardada: encurte-a (o seu texto continua aqui).",
    "Your draft \u201c{title}\u201d": "O seu rascunho \u00ab{title}\u00bb",
    "Your prompts": "As suas perguntas orientadoras",
    "Your text could not be saved. It is still here; please try again.": "N\u00e3o foi poss\u00edvel guardar o seu texto. O texto continua aqui; tente novamente.",
    "area": "\u00e1rea",
    "correct": "correta",
    "description": "descri\u00e7\u00e3o",
    "feedback when chosen (HTML)": "coment\u00e1rio apresentado quando \u00e9 escolhida (HTML)",
    "guidance": "orienta\u00e7\u00f5es",
    "id": "ID",
    "matching partner": "correspond\u00eancia",
    "maximum words": "m\u00e1ximo de palavras",
    "minimum words": "m\u00ednimo de palavras",
    "module": "m\u00f3dulo",
    "none: the CSV names the area": "nenhuma: o CSV indica a \u00e1rea",
    "not in the course's matrix": "n\u00e3o consta da matriz do curso",
    "outcome {number}": "resultado de aprendizagem {number}",
    "prompt {number}": "pergunta orientadora {number}",
    "question": "pergunta",
    "term": "termo",
    "text": "texto",
    "title": "t\u00edtulo",
    "{count} more word needed": [
      "Falta {count} palavra",
      "Faltam {count} palavras"
    ],
    "{count} outcomes imported into the table. Check them, then save.": "Resultados de aprendizagem importados para a tabela: {count}. Verifique-os e, depois, guarde.",
    "{count} word": [
      "{count} palavra",
      "{count} palavras"
    ],
    "{count} word over the limit": [
      "{count} palavra acima do limite",
      "{count} palavras acima do limite"
    ],
    "{entry} moved down.": "{entry} desceu uma posi\u00e7\u00e3o.",
    "{entry} moved up.": "{entry} subiu uma posi\u00e7\u00e3o.",
    "{entry} removed. It is deleted when you save.": "Elemento removido: {entry}. A elimina\u00e7\u00e3o s\u00f3 \u00e9 efetiva quando guardar.",
    "{entry}: {field}": "{entry}: {field}",
    "{name} loaded. Choose \"Replace the table\" to use it.": "Ficheiro \u00ab{name}\u00bb carregado. Para o utilizar, escolha \u00abSubstituir a tabela pelo CSV\u00bb.",
    "{name} moved down to position {position}.": "{name} desceu para a posi\u00e7\u00e3o {position}.",
    "{name} moved up to position {position}.": "{name} subiu para a posi\u00e7\u00e3o {position}.",
    "{name} removed. It is deleted when you save.": "{name} removido da tabela. A elimina\u00e7\u00e3o s\u00f3 \u00e9 efetiva quando guardar.",
    "{outcome} mapped.": "Resultado de aprendizagem {outcome} associado.",
    "{outcome} unmapped.": "Resultado de aprendizagem {outcome} desassociado.",
    "\u201c{step}\u201d is now step {position} of {count}.": "\u00ab{step}\u00bb est\u00e1 agora na posi\u00e7\u00e3o {position} de {count}."
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
        