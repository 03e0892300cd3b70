/*
 * Budget Reconciler bootstrap. ES5 on purpose: it must parse in every webview Office has used
 * (EdgeHTML, Trident), where the ES2022 bundles cannot. It runs right after office.js and before
 * the bundle, checks what the bundle needs, and where something is missing — or the bundle fails
 * before it has started — says plainly that this Office is too old instead of a blank pane, and
 * releases the ribbon button. The bundles read `window.budgetReconcilerBoot` and do not start
 * when `unsupported` is set; they call `started()` once running.
 */
(function () {
  'use strict';

  var REQUIRED = {
    BigInt: function () {
      return typeof BigInt === 'function';
    },
    TextEncoder: function () {
      return typeof TextEncoder === 'function';
    },
    Promise: function () {
      return typeof Promise === 'function';
    },
    Map: function () {
      return (
        typeof Map === 'function' && typeof Set === 'function' && typeof WeakMap === 'function'
      );
    },
    Symbol: function () {
      return typeof Symbol === 'function';
    },
    'Object.fromEntries': function () {
      return typeof Object.fromEntries === 'function';
    },
    'Array.prototype.flatMap': function () {
      return typeof Array.prototype.flatMap === 'function';
    },
    'Array.prototype.at': function () {
      return typeof Array.prototype.at === 'function';
    },
    'String.prototype.padStart': function () {
      return typeof String.prototype.padStart === 'function';
    },
  };

  var TEXT = {
    'zh-CN': {
      title: '此版本的 Office 太旧，无法运行预算对账',
      body: '请更新 Office（Microsoft 365），或安装 Microsoft Edge WebView2 运行时，然后重新打开此工作簿。',
      failed: '预算对账未能启动：',
    },
    'en-US': {
      title: 'This version of Office is too old to run Budget Reconciler',
      body: 'Update Office (Microsoft 365) or install the Microsoft Edge WebView2 runtime, then open this workbook again.',
      failed: 'Budget Reconciler could not start: ',
    },
  };

  function missingFeatures() {
    var missing = [];
    for (var name in REQUIRED) {
      if (!Object.prototype.hasOwnProperty.call(REQUIRED, name)) continue;
      var present = false;
      try {
        present = REQUIRED[name]();
      } catch (e) {
        present = false;
      }
      if (!present) missing.push(name);
    }
    return missing;
  }

  function isChinese() {
    var language = '';
    try {
      language = Office.context.displayLanguage || '';
    } catch (e) {
      language = '';
    }
    if (!language) language = navigator.language || navigator.userLanguage || '';
    return String(language).toLowerCase().indexOf('zh') === 0;
  }

  function paragraph(text, lang, strong) {
    var p = document.createElement('p');
    p.setAttribute('lang', lang);
    if (strong) p.style.fontWeight = 'bold';
    p.appendChild(document.createTextNode(text));
    return p;
  }

  /** Replaces the page with the message in both languages, the user's first. */
  function show(detail) {
    var order = isChinese() ? ['zh-CN', 'en-US'] : ['en-US', 'zh-CN'];
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('id', 'budget-reconciler-unsupported');
    box.style.fontFamily = 'Segoe UI, "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
    box.style.padding = '16px';
    box.style.lineHeight = '1.5';
    box.style.overflowWrap = 'break-word';
    box.style.wordWrap = 'break-word';
    for (var i = 0; i < order.length; i++) {
      var text = TEXT[order[i]];
      box.appendChild(paragraph(text.title, order[i], true));
      box.appendChild(paragraph(text.body, order[i], false));
      if (detail) box.appendChild(paragraph(text.failed + detail, order[i], false));
    }
    var render = function () {
      var container = document.getElementById('container') || document.body;
      while (container.firstChild) container.removeChild(container.firstChild);
      container.appendChild(box);
    };
    if (document.body) render();
    else document.addEventListener('DOMContentLoaded', render);
  }

  /** The ribbon button stays busy until its event is completed: complete it, do nothing else. */
  function releaseRibbon() {
    var complete = function (event) {
      if (event && typeof event.completed === 'function') event.completed();
    };
    // Hosts that call the function file's globals by name, and hosts with Office.actions.
    window.reconcile = complete;
    try {
      if (Office.actions && typeof Office.actions.associate === 'function') {
        Office.actions.associate('reconcile', complete);
      }
    } catch (e) {
      // office.js itself is missing: nothing can call the command anyway.
    }
  }

  var boot = {
    unsupported: false,
    failed: false,
    running: false,
    missing: [],
    started: function () {
      boot.running = true;
    },
  };
  window.budgetReconcilerBoot = boot;

  function fail(detail) {
    if (boot.running || boot.failed) return;
    boot.failed = true;
    show(detail);
    releaseRibbon();
  }

  boot.missing = missingFeatures();
  if (boot.missing.length > 0) {
    boot.unsupported = true;
    fail('');
    return;
  }

  // A bundle that cannot parse or throws before it has started leaves the same blank pane.
  window.addEventListener('error', function (event) {
    var message = event && event.message ? String(event.message) : 'script error';
    fail(/SyntaxError/.test(message) ? '' : message);
  });
})();
