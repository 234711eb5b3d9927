/*
 * A task card names the task's case: the number, the theme and the municipality, one to a line, as the
 * first paragraph of the task's description has them (tasklist/TaskCards). The description is the task's
 * own, so whoever may read the task sees its card, a council deputy or a commission member too. What
 * follows it, a takeover's record (engine/ClaimedTaskInterceptor), stays for the Description tab.
 * Angular escapes the text.
 */
define([], function () {
  'use strict';
  var ngModule = window.angular.module('cam.tasklist.taskCards', []);

  ngModule.config(['ViewsProvider', function (ViewsProvider) {
    ViewsProvider.registerDefaultView('tasklist.card', {
      id: 'task-card-case',
      template: '<p class="so-task-card-case" ng-if="task.description">{{ caseOf(task) }}</p>',
      priority: 300,
      controller: ['$scope', function ($scope) {
        $scope.caseOf = function (task) {
          return task.description.split('\n\n')[0];
        };
      }]
    });
  }]);

  return ngModule;
});
