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

// Calendar address: selected whole on focus, ready to copy; the Copy button puts it on the clipboard.
for (const input of document.querySelectorAll('input[data-select-on-focus]')) input.addEventListener('focus', () => input.select());
for (const button of document.querySelectorAll('button[data-copy]')) {
  const input = document.getElementById(button.dataset.copy);
  const status = button.closest('section')?.querySelector('.copy-status');
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input.value);
    } catch (refused) {
      input.select(); // no clipboard permission: selected, ready for the person's own copy
      document.execCommand?.('copy');
    }
    if (status) status.textContent = button.dataset.copied;
  });
}

// Offline: a service worker keeps today's session page and queues a session logged without a network; every
// page that opens with a network asks it to send what is queued.
// Logs queued offline belong to the account they were made under (the page names it in data-account): only that
// account's sign-in sends or shows them, and signing out asks whether to keep or discard any not sent yet.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
  const account = document.body.dataset.account || '';
  const tell = (message) => navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(message));
  const ask = (message) => Promise.race([
    navigator.serviceWorker.ready.then((registration) => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data);
      registration.active?.postMessage(message, [channel.port2]);
    })),
    new Promise((resolve) => setTimeout(() => resolve(0), 800)),
  ]);
  if (navigator.onLine) tell({ type: 'sync' });
  window.addEventListener('online', () => tell({ type: 'sync' }));
  const dialog = document.getElementById('unsent-logs');
  for (const form of document.querySelectorAll('form[action="/signout"]')) {
    form.addEventListener('submit', async (event) => {
      if (form.dataset.asked === 'yes') return;
      event.preventDefault();
      // only a page the worker looks after can have logs waiting; any other signs out at once
      const unsent = account && dialog && navigator.serviceWorker.controller ? await ask({ type: 'count', account }) : 0;
      const leave = (discard) => {
        if (discard) tell({ type: 'discard', account });
        tell({ type: 'forget' });
        form.dataset.asked = 'yes';
        form.requestSubmit();
      };
      if (!unsent) return leave(false);
      const text = dialog.querySelector('p');
      text.textContent = text.dataset.template.replace('{0}', unsent);
      dialog.querySelector('button[value=keep]').onclick = () => { dialog.close(); leave(false); };
      dialog.querySelector('button[value=discard]').onclick = () => { dialog.close(); leave(true); };
      dialog.showModal();
    });
  }
  tell({ type: 'report', account });
  const status = document.getElementById('offline-status');
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (!status) return;
    if (event.data?.type === 'synced') {
      status.querySelector('.sent').textContent = status.dataset.sent.replace('{0}', event.data.sent);
      status.querySelector('.sent').hidden = false;
      status.hidden = false;
    }
    if (event.data?.type === 'refused' && event.data.account === account) {
      status.querySelector('.refused').textContent = status.dataset.refused.replace('{0}', event.data.dates.join(', '));
      status.querySelector('.refused').hidden = false;
      status.querySelector('button').hidden = false;
      status.hidden = false;
    }
  });
  status?.querySelector('button').addEventListener('click', () => {
    tell({ type: 'dismiss', account });
    status.hidden = true;
  });
}
