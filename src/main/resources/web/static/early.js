// Runs before the page is drawn: tells the CSS that scripts run, so the narrow-screen menu starts folded, with no jump.
document.documentElement.classList.add('js');

// Menu: on a narrow screen the links fold behind one button. The CSS shows that button once the class above is set, so
// the toggle lives here, listening on the document: it works as soon as the button is parsed, and the links never end up
// folded behind a dead button when a later script is slow or fails to load.
document.addEventListener('click', (event) => {
  const button = event.target.closest?.('.menu-button');
  if (!button) return;
  const links = document.getElementById(button.getAttribute('aria-controls'));
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  links?.classList.toggle('open', open);
});
