// Psoas Coach: small progressive enhancements. Every page works without this file.

// Sign-up: offer the browser's own time zone instead of UTC.
for (const input of document.querySelectorAll('input[data-browser-zone]')) {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && (input.value === '' || input.value === 'UTC')) input.value = zone;
}

// Printable program: a button that opens the print dialog (no inline script under our CSP).
for (const button of document.querySelectorAll('[data-print]')) {
  button.addEventListener('click', () => window.print());
}
