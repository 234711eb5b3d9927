/*
 * form-js 1.8, which renders Camunda Forms in Tasklist 7.24, has a few words of its own in English
 * and no way to translate them. Our forms are bilingual, so these words are shown bilingual too.
 */
define([], function () {
  'use strict';
  var words = {
    'Add new': 'Кошуу / Добавить',
    'Select': 'Тандаңыз / Выберите',
    'Search': 'Издөө / Поиск'
  };

  function translate(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var text = node.nodeValue.trim();
      if (words[text] && node.parentElement && node.parentElement.closest('.fjs-container')) {
        node.nodeValue = node.nodeValue.replace(text, words[text]);
      }
    }
    root.querySelectorAll && root.querySelectorAll('.fjs-container input[placeholder]').forEach(function (input) {
      if (words[input.placeholder]) {
        input.placeholder = words[input.placeholder];
      }
    });
  }

  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      mutation.addedNodes.forEach(function (added) {
        if (added.nodeType === Node.ELEMENT_NODE) {
          translate(added);
        } else if (added.nodeType === Node.TEXT_NODE && added.parentElement) {
          translate(added.parentElement);
        }
      });
      if (mutation.type === 'characterData' && mutation.target.parentElement) {
        translate(mutation.target.parentElement);
      }
    });
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  return {};
});
