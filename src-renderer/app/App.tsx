import { pickLanguage } from '../../src-main/shared/i18n/languages.ts';
import { PLACEHOLDER_TEXT } from '../../src-main/shared/i18n/placeholder.ts';

/** Placeholder until the desktop-app issue: it tells the user where Detour works today. */
export function App(): React.JSX.Element {
  const language = pickLanguage(navigator.languages);
  const text = PLACEHOLDER_TEXT[language];
  return (
    <main lang={language}>
      <h1>{text.title}</h1>
      <p>{text.body}</p>
    </main>
  );
}
