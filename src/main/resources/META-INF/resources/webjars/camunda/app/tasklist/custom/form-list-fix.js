/*
 * Tasklist 7.24 disables "Complete" while form-js reports any error key. form-js 1.8 leaves an
 * empty error entry behind for every field inside a dynamic list once it is edited, so a form with a
 * list (problems, votes, tranches…) could never be completed. Here Complete stays enabled: on click
 * Tasklist submits through form-js, whose full validation shows every real error next to its field
 * and stops the submission; the server validates again whatever the path.
 */
define([], function () {
  'use strict';
  var angular = window.angular;
  var ngModule = angular.module('cam.tasklist.formListFix', []);

  ngModule.config(['$provide', function ($provide) {
    $provide.decorator('camTasklistFormDirective', ['$delegate', function ($delegate) {
      var directive = $delegate[0];
      var declared = directive.controller;
      var dependencies = Array.isArray(declared) ? declared.slice(0, -1) : (declared.$inject || []);
      var original = Array.isArray(declared) ? declared[declared.length - 1] : declared;

      function ControllerWithListFix() {
        original.apply(this, arguments);
        var notifyFormValidated = this.notifyFormValidated;
        this.notifyFormValidated = function () {
          notifyFormValidated.call(this, false);
        };
      }

      directive.controller = dependencies.concat([ControllerWithListFix]);
      return $delegate;
    }]);
  }]);

  return ngModule;
});
