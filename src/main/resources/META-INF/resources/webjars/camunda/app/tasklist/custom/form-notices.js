/*
 * A notice about a task's form belongs to that form. Tasklist keeps an error notice ("the task was
 * not completed") until someone closes it: after a person mended the form and completed the task,
 * the old notice still said it had failed, beside the notice of the next task. Here error notices
 * close when the task they were about leaves the page (its id leaves the address: the task was
 * completed, or another one was opened).
 */
define([], function () {
  'use strict';

  function openTask() {
    var match = /[?&]task=([^&]+)/.exec(window.location.hash);
    return match ? match[1] : null;
  }

  var shown = openTask();

  window.addEventListener('hashchange', function () {
    var now = openTask();
    if (now !== shown) {
      document.querySelectorAll('.notifications .alert-danger button.close').forEach(function (close) {
        close.click();
      });
    }
    shown = now;
  });

  return {};
});
