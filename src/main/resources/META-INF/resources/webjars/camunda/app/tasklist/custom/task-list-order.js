/*
 * Tasklist lists tasks newest first unless the page's address names another order. What an
 * official must do next is the task due soonest, so a list whose address names no order is shown
 * by due date, earliest first, as the filters themselves are sorted. Any order a person picks stays
 * in the address and is kept.
 */
define([], function () {
  'use strict';
  var ngModule = window.angular.module('cam.tasklist.taskListOrder', []);

  var DUE_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

  ngModule.run(['$rootScope', '$location', function ($rootScope, $location) {
    // before the list's sorting choices see an address without an order and write "newest first"
    $rootScope.$on('$locationChangeStart', function () {
      if ($location.path() === '/' && !$location.search().sorting) {
        $location.search('sorting', DUE_FIRST).replace();
      }
    });
  }]);

  return ngModule;
});
