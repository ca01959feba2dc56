// NL Design System: the Utrecht components the app uses, themed through design tokens. A
// municipality swaps the token file for its own theme; components and app.css only read tokens.
import '@utrecht/design-tokens/dist/theme.css';
import '@utrecht/document-css/dist/index.css';
import '@utrecht/heading-1-css/dist/index.css';
import '@utrecht/heading-2-css/dist/index.css';
import '@utrecht/paragraph-css/dist/index.css';
import '@utrecht/link-css/dist/index.css';
import '@utrecht/button-css/dist/index.css';
import '@utrecht/form-field-css/dist/index.css';
import '@utrecht/form-label-css/dist/index.css';
import '@utrecht/form-field-description-css/dist/index.css';
import '@utrecht/form-field-error-message-css/dist/index.css';
import '@utrecht/textbox-css/dist/index.css';
import '@utrecht/textarea-css/dist/index.css';
import '@utrecht/select-css/dist/index.css';
import '@utrecht/checkbox-css/dist/index.css';
import '@utrecht/alert-css/dist/index.css';
import '@utrecht/badge-counter-css/dist/index.css';
import '@utrecht/status-badge-css/dist/index.css';
import '@utrecht/data-list-css/dist/index.css';
import './ui/app.css';
