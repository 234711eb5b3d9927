/*
 * "Иш / Дело": a tab beside a task's form in Tasklist with where the task's social order stands — its
 * stages and decisions with their days, each theme's contract with its tranches planned against paid —
 * and links to its public pages. The server writes the panel (/dashboard/case/{task},
 * dashboard/CasePanelController) for a person who may see the task; this only puts it in the tab.
 */
define([], function () {
  'use strict';
  var ngModule = window.angular.module('cam.tasklist.casePanel', []);

  var UNAVAILABLE = 'Иштин маалыматы азыр ачылбай жатат. / Сведения о деле сейчас недоступны.';

  ngModule.config(['ViewsProvider', function (ViewsProvider) {
    ViewsProvider.registerDefaultView('tasklist.task.detail', {
      id: 'task-detail-case',
      label: 'Иш / Дело',
      template: '<div class="so-case-tab" aria-live="polite" ng-bind-html="casePanel"></div>',
      priority: 960,
      controller: ['$scope', '$sce', function ($scope, $sce) {
        function show(html) {
          $scope.$applyAsync(function () {
            $scope.casePanel = $sce.trustAsHtml(html);
          });
        }

        function load(taskId) {
          if (!taskId) {
            return;
          }
          fetch('/dashboard/case/' + encodeURIComponent(taskId), {
            credentials: 'same-origin', headers: { Accept: 'text/html' }
          }).then(function (response) {
            return response.ok ? response.text() : Promise.reject(response.status);
          }).then(function (html) {
            // the server's own page, written by Thymeleaf with every value escaped
            show(html);
          }, function () {
            show('<p>' + UNAVAILABLE + '</p>');
          });
        }

        $scope.$watch('task.id', load);
      }]
    });
  }]);

  return ngModule;
});
