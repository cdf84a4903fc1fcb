// A button marked data-print prints the page (inline handlers are refused by the panel's content policy).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
