/*
 * Tasklist in a contractor's hand: an NGO signs its contract and reports its tranches from a phone.
 * At phone width Tasklist stacks its three columns (filters, list, task), so an opened task's form
 * started a screen and a half down, below every card of the list. Here the page marks whether a task
 * is open (the address names it), and styles/user-styles.css puts the task first when one is. Besides:
 * - the page says the language it shows (Tasklist leaves lang="en"), so a screen reader reads Kyrgyz
 *   or Russian with its own voice;
 * - number fields open the phone's number keyboard (digits only for whole numbers);
 * - a read-only value (an indicator's name, its target) is also written out as text beside its field,
 *   which the stylesheet shows instead of the field on a phone: a field cuts a long name off at its
 *   edge, text wraps;
 * - "Complete" with fields left wrong brings the first of them into view and puts the cursor there,
 *   rather than leaving the only sign of it out of sight;
 * - a table's cells carry their column's name, which the stylesheet shows above each value when it
 *   lays a row out as a card: the tranche plan's five columns do not fit beside each other, and a
 *   table that scrolls sideways hides its last columns from a person who does not think of it.
 */
define(['form-locale'], function (formLocale) {
  'use strict';

  document.documentElement.lang = formLocale.language;

  function markOpenTask() {
    document.body.classList.toggle('so-task-open', /[?&]task=/.test(window.location.hash));
  }

  function numberKeyboard(input) {
    var mode = input.getAttribute('step') === '1' ? 'numeric' : 'decimal';
    if (input.getAttribute('inputmode') !== mode) {
      input.setAttribute('inputmode', mode);
    }
  }

  function writeOut(input) {
    var group = input.closest('.fjs-input-group');
    var text = group.parentElement.querySelector(':scope > .so-readonly-value');
    if (!text) {
      text = document.createElement('div');
      text.className = 'so-readonly-value';
      group.parentElement.insertBefore(text, group.nextSibling);
    }
    if (text.textContent !== input.value) {
      text.textContent = input.value;
    }
  }

  /** Each cell named by its column; the roles keep it a table to a screen reader when laid out as cards. */
  function labelCells(table) {
    var names = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
      th.setAttribute('role', 'columnheader');
      return (th.querySelector('.fjs-table-th-label') || th).textContent.trim();
    });
    table.setAttribute('role', 'table');
    table.querySelectorAll('tr').forEach(function (row) {
      row.setAttribute('role', 'row');
    });
    table.querySelectorAll('tbody td').forEach(function (cell) {
      var name = names[cell.cellIndex];
      cell.setAttribute('role', 'cell');
      if (name && !cell.hasAttribute('colspan') && cell.getAttribute('data-label') !== name) {
        cell.setAttribute('data-label', name);
      }
    });
  }

  /** The first field form-js marks wrong, brought to the middle of the screen with the cursor in it. */
  function showFirstError() {
    var field = document.querySelector('.fjs-container .fjs-has-errors');
    if (!field) {
      return;
    }
    field.scrollIntoView({ block: 'center' });
    var input = field.querySelector('input, select, textarea');
    if (input) {
      input.focus({ preventScroll: true });
    }
  }

  window.addEventListener('hashchange', markOpenTask);
  document.addEventListener('DOMContentLoaded', markOpenTask);
  if (document.body) {
    markOpenTask();
  }

  new MutationObserver(function () {
    document.querySelectorAll('.fjs-form-field-number input.fjs-input').forEach(numberKeyboard);
    document.querySelectorAll('.fjs-readonly input.fjs-input').forEach(writeOut);
    document.querySelectorAll('.fjs-container table.fjs-table').forEach(labelCells);
  }).observe(document.documentElement, { childList: true, subtree: true });

  // form-js marks its fields as the click's submit runs; the first marked one is known just after
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button');
    if (button && button.closest('.task-details, .modal-footer') && button.classList.contains('btn-primary')) {
      window.setTimeout(showFirstError, 0);
    }
  }, true);

  return {};
});
