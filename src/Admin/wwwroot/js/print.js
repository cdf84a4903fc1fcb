// Buttons marked data-print open the browser's print dialog (the panel allows no inline script).
document.querySelectorAll("[data-print]").forEach((button) => button.addEventListener("click", () => window.print()));
