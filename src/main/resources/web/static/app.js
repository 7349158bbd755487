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

// Progress calendar: on a narrow screen it scrolls; start at the latest weeks.
for (const strip of document.querySelectorAll('[data-scroll-end]')) strip.scrollLeft = strip.scrollWidth;

// Calendar address: selected whole on focus, ready to copy.
for (const input of document.querySelectorAll('input[data-select-on-focus]')) input.addEventListener('focus', () => input.select());

// Offline: a service worker keeps today's session page and queues a session logged without a network; every
// page that opens with a network asks it to send what is queued.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
  const tell = (message) => navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message));
  if (navigator.onLine) tell({ type: 'sync' });
  window.addEventListener('online', () => tell({ type: 'sync' }));
  for (const form of document.querySelectorAll('form[action="/signout"]')) form.addEventListener('submit', () => tell({ type: 'forget' }));
  tell({ type: 'report' });
  const status = document.getElementById('offline-status');
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (!status) return;
    if (event.data?.type === 'synced') {
      status.querySelector('.sent').textContent = status.dataset.sent.replace('{0}', event.data.sent);
      status.querySelector('.sent').hidden = false;
      status.hidden = false;
    }
    if (event.data?.type === 'refused') {
      status.querySelector('.refused').textContent = status.dataset.refused.replace('{0}', event.data.dates.join(', '));
      status.querySelector('.refused').hidden = false;
      status.querySelector('button').hidden = false;
      status.hidden = false;
    }
  });
  status?.querySelector('button').addEventListener('click', () => {
    tell({ type: 'dismiss' });
    status.hidden = true;
  });
}
