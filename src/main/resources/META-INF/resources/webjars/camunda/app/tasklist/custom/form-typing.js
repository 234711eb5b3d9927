/*
 * form-js 1.8 keeps a text field's value in the form's state only 300 ms after the last keystroke
 * (its input debounce), while the input stays bound to that state. Any render of the form inside
 * those 300 ms writes the old state back into the input and what was typed is gone. Such renders
 * happen without anyone waiting for them: a number field with a value, as the start form's, reports
 * that value 300 ms after the form appears and so renders the whole form, and every field a person
 * leaves renders it again while they type into the next. Typing at full speed right after a form
 * opens, or moving quickly from field to field, lost characters, and forms were refused as incomplete.
 *
 * Tasklist creates its forms without options, so here every form is created with the debounce off
 * (form-js's own `debounce: false` option): each keystroke goes into the state at once, the input
 * and the state never differ, and a render can no longer undo a keystroke. Our forms are small; a
 * render per keystroke costs nothing a person notices.
 */
define([], function () {
  'use strict';

  /* form-js is bundled into Tasklist's webpack chunk as module 57661 (the pinned 7.24 webapps). */
  var FORM_JS = 57661;
  var Form;
  (window.webpackChunkcamunda_bpm_webapp = window.webpackChunkcamunda_bpm_webapp || [])
    .push([['social-order-form-typing'], {}, function (webpackRequire) {
      Form = webpackRequire(FORM_JS).Form;
    }]);

  if (!Form || typeof Form.prototype._createInjector !== 'function') {
    // a different Tasklist: better a form that may lose a fast keystroke than no form at all
    window.console.error('form-typing: form-js not found; typed characters may be lost');
    return {};
  }
  var createInjector = Form.prototype._createInjector;
  Form.prototype._createInjector = function (options, container) {
    return createInjector.call(this, Object.assign({}, options, { debounce: false }), container);
  };
  return {};
});
