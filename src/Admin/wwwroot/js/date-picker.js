// Every <input data-date-picker> gets the Jalali calendar (lib/jalalidatepicker): right-to-left, Saturday first,
// Persian digits. Typing still works: the field stays a plain text box that the server parses.
(function () {
  'use strict';
  var selector = 'input[data-date-picker]';
  var persian = '۰۱۲۳۴۵۶۷۸۹';
  var arabic = '٠١٢٣٤٥٦٧٨٩';

  function toLatin(text) {
    return text.replace(/[۰-۹٠-٩]/g, function (d) {
      var i = persian.indexOf(d);
      return String(i >= 0 ? i : arabic.indexOf(d));
    });
  }

  function toPersian(text) {
    return text.replace(/[0-9]/g, function (d) { return persian[Number(d)]; });
  }

  // The picker reads and writes «1405/09/08» with Latin digits; the panel shows and posts Persian ones. So the picker
  // is given this field's value through a translating property: it reads Latin digits (and opens at the typed day)
  // and writes Persian ones. The browser's own value, the one typed and posted, is untouched by this.
  var native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  function translate(input) {
    if (input.dataset.datePickerReady) return;
    input.dataset.datePickerReady = 'true';
    input.autocomplete = 'off';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: function () { return toLatin(native.get.call(this)); },
      set: function (text) { native.set.call(this, toPersian(String(text))); }
    });
  }

  // Capturing, so a field is ready before the picker's own focus handler opens the calendar.
  document.addEventListener('focusin', function (e) {
    if (e.target instanceof HTMLInputElement && e.target.matches(selector)) translate(e.target);
  }, true);
  document.querySelectorAll(selector).forEach(translate);

  window.jalaliDatepicker.startWatch({
    selector: selector,
    persianDigits: true,
    autoReadOnlyInput: false,
    showCloseBtn: true,
    zIndex: 1060
  });
})();
