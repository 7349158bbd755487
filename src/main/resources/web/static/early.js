// Runs before the page is drawn: tells the CSS that scripts run, so the narrow-screen menu starts folded, with no jump.
document.documentElement.classList.add('js');
