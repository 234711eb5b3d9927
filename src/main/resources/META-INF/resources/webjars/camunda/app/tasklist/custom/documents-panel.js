/*
 * "Документтер / Документы": a tab next to a task's form in Tasklist with the papers of the task's
 * social order (kind, title, file, version, who and when, public or not), each opening from the
 * server (/camunda/api/documents, documents/DocumentsApi), and a form to add a paper to the case as
 * the task's step. The server checks every file and every right; this only shows and sends.
 */
define([], function () {
  'use strict';
  // 'webapps.plugin' provides the Views a tab registers with
  var ngModule = window.angular.module('cam.tasklist.documentsPanel', ['webapps.plugin']);

  function appRoot() {
    var base = document.querySelector('base');
    return (base && base.getAttribute('app-root')) || '/camunda';
  }

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  var template =
    '<div class="documents-panel" style="padding: 10px 15px;">' +
    '  <p class="alert alert-danger" ng-if="docs.error" role="alert">{{ docs.error }}</p>' +
    '  <p class="alert alert-success" ng-if="docs.added" role="status">{{ docs.added }}</p>' +
    '  <p ng-if="docs.loaded && !docs.list.length">Бул иште азырынча документ жок. / В этом деле пока нет документов.</p>' +
    '  <table class="table table-condensed documents-list" ng-if="docs.list.length">' +
    '    <thead><tr><th>Түрү / Вид</th><th>Аталышы / Название</th><th>Файл</th><th>Версия</th>' +
    '      <th>Ким, качан / Кто, когда</th><th>Ачык / Публичный</th></tr></thead>' +
    '    <tbody><tr ng-repeat="d in docs.list">' +
    '      <td>{{ d.kindLabel }}<span ng-if="d.trancheNumber"> · {{ d.trancheNumber }}-транш</span></td>' +
    '      <td>{{ d.title }}<div class="text-muted" ng-if="d.applicationNumber">{{ d.applicationNumber }}</div></td>' +
    '      <td><a class="document-link" ng-href="{{ docs.api + d.id + \'/content\' }}" target="_blank" rel="noopener">{{ d.fileName }}</a>' +
    '        <span class="text-muted">({{ d.shownSize }})</span></td>' +
    '      <td>{{ d.version }}</td>' +
    '      <td><span title="{{ d.uploadedBy }}">{{ d.uploadedByName || "—" }}</span>' +
    '        <div class="text-muted">{{ d.uploadedAt | date:\'dd.MM.yyyy HH:mm\' }}</div></td>' +
    '      <td>{{ d.public ? "Ооба / Да" : "Жок / Нет" }}</td>' +
    '    </tr></tbody>' +
    '  </table>' +
    '  <form class="documents-upload" ng-if="docs.mayUpload" ng-submit="docs.upload()" novalidate>' +
    '    <h4>Документ кошуу / Добавить документ</h4>' +
    '    <div class="form-group"><label for="document-kind">Документтин түрү / Вид документа</label>' +
    '      <select id="document-kind" class="form-control" ng-model="docs.form.kind"' +
    '        ng-options="k.code as k.label for k in docs.kinds"></select></div>' +
    '    <div class="form-group"><label for="document-title">Аталышы / Название</label>' +
    '      <input id="document-title" class="form-control" type="text" maxlength="500" ng-model="docs.form.title"></div>' +
    '    <div class="form-group"><label for="document-tranche">Транштын номери / Номер транша</label>' +
    '      <input id="document-tranche" class="form-control" type="number" min="1" max="99" ng-model="docs.form.trancheNumber"></div>' +
    '    <div class="checkbox"><label><input id="document-public" type="checkbox" ng-model="docs.form.public">' +
    '      Ачык: порталда жана ачык маалыматтарда жарыяланат / Публичный: публикуется на портале и в открытых данных</label></div>' +
    '    <div class="form-group"><label for="document-file">Файл (PDF, JPEG, PNG, Word, Excel, OpenDocument)</label>' +
    '      <input id="document-file" type="file" multiple accept=".pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx,.odt,.ods"></div>' +
    '    <button type="submit" class="btn btn-primary document-submit" ng-disabled="docs.sending">Жүктөө / Загрузить</button>' +
    '  </form>' +
    '</div>';

  ngModule.config(['ViewsProvider', function (ViewsProvider) {
    ViewsProvider.registerDefaultView('tasklist.task.detail', {
      id: 'task-detail-documents',
      label: 'Документтер / Документы',
      template: template,
      priority: 950,
      controller: ['$scope', function ($scope) {
        var api = appRoot() + '/api/documents/';
        var docs = $scope.docs = { api: api, list: [], kinds: [], form: {}, loaded: false };

        function load(taskId) {
          docs.error = null;
          if (!taskId) {
            return;
          }
          fetch(api + 'tasks/' + encodeURIComponent(taskId), {
            credentials: 'same-origin', headers: { Accept: 'application/json' }
          }).then(function (response) {
            return response.json().then(function (body) { return { ok: response.ok, body: body }; });
          }).then(function (answer) {
            $scope.$applyAsync(function () {
              if (!answer.ok) {
                docs.error = answer.body.message;
                docs.mayUpload = false;
                return;
              }
              docs.list = answer.body.documents;
              docs.kinds = answer.body.kinds;
              docs.mayUpload = answer.body.mayUpload;
              docs.loaded = true;
              if (!docs.form.kind) {
                docs.form.kind = 'other';
              }
              if (answer.body.trancheNumber && !docs.form.trancheNumber) {
                docs.form.trancheNumber = answer.body.trancheNumber;
              }
            });
          });
        }

        docs.upload = function () {
          var input = document.getElementById('document-file');
          var data = new FormData();
          Array.prototype.forEach.call(input.files, function (file) { data.append('file', file); });
          data.append('kind', docs.form.kind || '');
          data.append('title', docs.form.title || '');
          data.append('public', docs.form.public ? 'true' : 'false');
          if (docs.form.trancheNumber) {
            data.append('trancheNumber', String(docs.form.trancheNumber));
          }
          docs.sending = true;
          docs.error = null;
          docs.added = null;
          fetch(api + 'tasks/' + encodeURIComponent($scope.task.id), {
            method: 'POST', body: data, credentials: 'same-origin',
            headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() }
          }).then(function (response) {
            return response.json().then(function (body) { return { ok: response.ok, body: body }; });
          }).then(function (answer) {
            $scope.$applyAsync(function () {
              docs.sending = false;
              if (!answer.ok) {
                docs.error = answer.body.message;
                return;
              }
              docs.added = 'Документ кошулду. / Документ добавлен.';
              docs.form.title = '';
              input.value = '';
              load($scope.task.id);
            });
          });
        };

        $scope.$watch('task.id', load);
      }]
    });
  }]);

  return ngModule;
});
