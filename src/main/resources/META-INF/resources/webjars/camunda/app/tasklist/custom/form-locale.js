/*
 * form-js 1.8, which renders Camunda Forms in Tasklist 7.24, speaks English and writes US formats,
 * with no way to configure either. Our forms are bilingual, so here form-js's own words and
 * validation messages are shown in Kyrgyz and Russian, dates as dd.MM.yyyy with a Kyrgyz or Russian
 * calendar, and amounts in som with the thousands separated. Only what is shown changes: the values
 * form-js submits (ISO dates, plain numbers) stay as they are.
 */
define([], function () {
  'use strict';

  var words = {
    'Add new': 'Кошуу / Добавить',
    'Select': 'Тандаңыз / Выберите',
    'Search': 'Издөө / Поиск',
    'Nothing to show.': 'Маалымат жок / Нет данных',
    'Field is required.': 'Толтуруу милдеттүү / Обязательное поле',
    'Field must be a valid email.': 'Электрондук почтанын дареги туура эмес / Неверный адрес электронной почты',
    'Field must be a valid  international phone number. (e.g. +4930664040900)':
      'Телефон номери эл аралык форматта болсун (мис. +996312123456) / ' +
      'Номер телефона в международном формате (напр. +996312123456)'
  };

  var patterns = [
    [/^Field must have minimum value of (.+)\.$/, 'Эң аз маани: $1 / Минимальное значение: $1'],
    [/^Field must have maximum value of (.+)\.$/, 'Эң чоң маани: $1 / Максимальное значение: $1'],
    [/^Field must have minimum length of (.+)\.$/, 'Кеминде $1 белги / Не менее $1 символов'],
    [/^Field must have maximum length of (.+)\.$/, '$1 белгиден ашпасын / Не более $1 символов']
  ];

  var calendars = {
    ky: {
      firstDayOfWeek: 1,
      weekdays: {
        shorthand: ['Жш', 'Дш', 'Шш', 'Шр', 'Бш', 'Жм', 'Иш'],
        longhand: ['Жекшемби', 'Дүйшөмбү', 'Шейшемби', 'Шаршемби', 'Бейшемби', 'Жума', 'Ишемби']
      },
      months: {
        shorthand: ['Янв', 'Фев', 'Мар', 'Апр', 'Май', 'Июн', 'Июл', 'Авг', 'Сен', 'Окт', 'Ноя', 'Дек'],
        longhand: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь',
          'Октябрь', 'Ноябрь', 'Декабрь']
      },
      placeholder: 'кк.аа.жжжж',
      yearAriaLabel: 'Жыл',
      monthAriaLabel: 'Ай'
    },
    ru: {
      firstDayOfWeek: 1,
      weekdays: {
        shorthand: ['Вс', 'Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб'],
        longhand: ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота']
      },
      months: {
        shorthand: ['Янв', 'Фев', 'Март', 'Апр', 'Май', 'Июнь', 'Июль', 'Авг', 'Сен', 'Окт', 'Ноя', 'Дек'],
        longhand: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь',
          'Октябрь', 'Ноябрь', 'Декабрь']
      },
      placeholder: 'дд.мм.гггг',
      yearAriaLabel: 'Год',
      monthAriaLabel: 'Месяц'
    }
  };

  /** The language Tasklist chose: the first of the browser's languages that it offers. */
  var language = (navigator.languages || [navigator.language]).map(function (tag) {
    return String(tag).slice(0, 2).toLowerCase();
  }).filter(function (code) {
    return code === 'ky' || code === 'ru' || code === 'en';
  })[0] || 'en';
  var calendar = calendars[language];

  /*
   * form-js derives the date picker's pattern from Intl.DateTimeFormat('default'), the browser's own
   * locale, which gives m/d/yyyy in an English or a Kyrgyz Chromium. Russian conventions give
   * dd.MM.yyyy, the format of Kyrgyz official documents; every other use of Intl is left alone.
   */
  var NativeDateTimeFormat = Intl.DateTimeFormat;
  function DateTimeFormat(locales, options) {
    return new NativeDateTimeFormat(locales === 'default' && !options ? 'ru-RU' : locales, options);
  }
  DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
  DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf;
  Intl.DateTimeFormat = DateTimeFormat;

  var ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
  var AMOUNT = /(\d{4,})((?:[.,]\d+)?\s*сом)/g;

  function som(value) {
    return Number(value).toLocaleString('ru-RU', { maximumFractionDigits: 2 }) + '\u00a0сом';
  }

  function rewriteText(node) {
    var text = node.nodeValue;
    var trimmed = text.trim();
    var rewritten = words[trimmed] ? text.replace(trimmed, words[trimmed]) : text;
    patterns.forEach(function (pattern) {
      rewritten = rewritten.replace(pattern[0], pattern[1]);
    });
    rewritten = rewritten
      .replace(ISO_DAY, '$3.$2.$1')
      .replace(AMOUNT, function (all, digits, rest) {
        return Number(digits).toLocaleString('ru-RU') + rest;
      });
    if (inAmountColumn(node) && /^\d+(\.\d+)?$/.test(trimmed)) {
      rewritten = som(trimmed);
    }
    if (rewritten !== text) {
      node.nodeValue = rewritten;
    }
  }

  /** A cell of a form table whose column heading says "сом". */
  function inAmountColumn(node) {
    var cell = node.parentElement && node.parentElement.closest('td');
    var table = cell && cell.closest('table');
    if (!table) {
      return false;
    }
    var heading = table.querySelectorAll('thead th')[cell.cellIndex];
    return !!heading && /сом/.test(heading.textContent);
  }

  /** A line under each amount input that reads the amount back with its thousands separated. */
  function showAmount(input) {
    var group = input.closest('.fjs-input-group');
    var adornment = group && group.querySelector('.fjs-input-adornment-text');
    if (!adornment || adornment.textContent.trim() !== 'сом') {
      return;
    }
    var field = group.parentElement;
    var line = field.querySelector(':scope > .so-amount');
    if (!line) {
      line = document.createElement('div');
      line.className = 'so-amount fjs-form-field-description';
      field.insertBefore(line, group.nextSibling);
    }
    var value = input.value.replace(/\s/g, '').replace(',', '.');
    var shown = value !== '' && isFinite(value) && Math.abs(Number(value)) >= 1000 ? som(value) : '';
    if (line.textContent !== shown) {
      line.textContent = shown;
    }
  }

  /*
   * The days a form takes: from 2000 (the oldest case a municipality enters by hand) to ten years
   * ahead. The picker offers no other day, and a day typed outside them (a year 0007, a 2207) is not
   * taken: the field stays empty and says why, in both languages, before anything is sent.
   */
  var FIRST_DAY = new Date(2000, 0, 1);
  var LAST_YEAR = new Date().getFullYear() + 10;
  var LAST_DAY = new Date(LAST_YEAR, 11, 31);
  var OUT_OF_RANGE = 'Күн 2000–' + LAST_YEAR + '-жылдардын ичинде болсун / Дата должна быть в пределах 2000–' +
    LAST_YEAR + ' гг.';
  var TYPED_DAY = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{1,4})\s*$/;

  function limitDays(input) {
    var picker = input._flatpickr;
    // form-js sets its own bounds (1900 onwards); ours are narrower
    if (picker && (!picker.config.minDate || picker.config.minDate.getFullYear() < 2000)) {
      picker.set('minDate', FIRST_DAY);
      picker.set('maxDate', LAST_DAY);
      // a day picked from the calendar lies inside them and clears what was said of a typed one
      picker.config.onChange.push(function () {
        checkTypedDay(input);
      });
    }
  }

  /**
   * Whether the day last typed or picked into a date field (by the field's id) lies outside the days a
   * form takes. The picker then empties the field, and form-js may draw the field anew, so it is kept
   * here rather than on the field.
   */
  var outOfRange = {};

  function checkTypedDay(input) {
    var typed = TYPED_DAY.exec(input.value);
    if (typed) {
      var year = Number(typed[3]);
      outOfRange[input.id] = year < 2000 || year > LAST_YEAR;
      showDayRange(input);
    }
  }

  /** The line under a date field that says why its day was not taken; form-js's renders remove it. */
  function showDayRange(input) {
    var outside = outOfRange[input.id] === true;
    var field = input.closest('.fjs-form-field');
    var line = field && field.querySelector('.so-date-range');
    if (outside && field && !line) {
      line = document.createElement('div');
      line.className = 'so-date-range fjs-form-field-error';
      line.setAttribute('role', 'alert');
      line.textContent = OUT_OF_RANGE;
      field.appendChild(line);
    } else if (!outside && line) {
      line.remove();
    }
  }

  function localiseDatePicker(input) {
    if (calendar && input._flatpickr && input._flatpickr.l10n.months.longhand[0] !== calendar.months.longhand[0]) {
      input._flatpickr.set('locale', calendar);
    }
    limitDays(input);
    if (outOfRange[input.id] !== undefined) {
      checkTypedDay(input);
      showDayRange(input);
    }
    if (calendar && input.placeholder === 'dd.mm.yyyy') {
      input.placeholder = calendar.placeholder;
    }
  }

  function localise(root) {
    if (!root.closest || !root.closest('.fjs-container') && !root.querySelector('.fjs-container')) {
      return;
    }
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      if (node.parentElement && node.parentElement.closest('.fjs-container') && !node.parentElement.closest('.so-amount')) {
        rewriteText(node);
      }
    }
    root.querySelectorAll('.fjs-container input').forEach(function (input) {
      if (words[input.placeholder]) {
        input.placeholder = words[input.placeholder];
      }
      localiseDatePicker(input);
      showAmount(input);
    });
  }

  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      var target = mutation.target.nodeType === Node.ELEMENT_NODE ? mutation.target : mutation.target.parentElement;
      if (target && !target.closest('.so-amount')) {
        localise(target.closest('.fjs-form-field') || target);
      }
    });
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  document.addEventListener('input', function (event) {
    if (event.target.matches && event.target.matches('.fjs-container input')) {
      showAmount(event.target);
    }
  }, true);

  // on leaving the field, before the picker reads what was typed (and drops a day it does not offer),
  // and again when a day is picked
  ['blur', 'change'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (event.target.matches && event.target.matches('.fjs-form-field-datetime input')) {
        checkTypedDay(event.target);
      }
    }, true);
  });

  return { language: language };
});
