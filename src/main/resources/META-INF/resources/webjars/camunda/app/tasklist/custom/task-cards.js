/*
 * A task card names the task's case: the number, the theme and the municipality, one to a line, as the
 * task's description has them (tasklist/TaskCards). The description is the task's own, so whoever may
 * read the task sees its card, a council deputy or a commission member too. Angular escapes the text.
 */
define([], function () {
  'use strict';
  var ngModule = window.angular.module('cam.tasklist.taskCards', []);

  ngModule.config(['ViewsProvider', function (ViewsProvider) {
    ViewsProvider.registerDefaultView('tasklist.card', {
      id: 'task-card-case',
      template: '<p class="so-task-card-case" ng-if="task.description">{{ task.description }}</p>',
      priority: 300
    });
  }]);

  return ngModule;
});
