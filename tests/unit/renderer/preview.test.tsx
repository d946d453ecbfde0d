import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Language } from '../../../core/i18n';
import { flattenBlocks } from '../../../core/progress';
import { PreviewApp } from '../../../renderer/src/preview/PreviewApp';
import { loaders } from '../../fixtures/catalogue';
import { sampleModule } from '../../fixtures/sample-module';
import { freshDatabase, renderWithServices } from './render-app';

async function openPreview(hash: string, language: Language = 'en') {
  window.location.hash = hash;
  return renderWithServices(<PreviewApp />, { db: freshDatabase(), language });
}

const column = (name: string) => screen.getByRole('region', { name });
/** French puts a no-break space inside « » and before a colon; accessible names keep it. */
const french = (text: string) => text.replace(/« | »| :/g, (m) => m.replace(' ', '\u00a0'));

const sample = sampleModule();
const sampleBlocks = flattenBlocks(sample).map((p) => p.block);
const quizCount = sampleBlocks.filter((b) => b.type === 'quiz').length;

afterEach(() => {
  jest.restoreAllMocks();
  window.location.hash = '';
});

describe('the authors’ preview', () => {
  it('lists every module with its title in each language, its id, version, time and block count, linking to its preview', async () => {
    await openPreview('#/preview');
    expect(screen.getByRole('heading', { level: 1, name: 'Module preview' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'Languages side by side' })).toBeVisible();
    expect(screen.getAllByRole('checkbox', { checked: true }).map((box) => box.parentElement?.textContent)).toEqual(['Français', 'Nederlands', 'English']);

    const fr = column('Français');
    expect(fr).toHaveAttribute('lang', 'fr');
    expect(within(fr).getByRole('link', { name: "Module d'essai" })).toHaveAttribute('href', '#/preview/sample');
    expect(within(column('Nederlands')).getByRole('link', { name: 'Testmodule' })).toHaveAttribute('href', '#/preview/sample');
    const en = column('English');
    expect(within(en).getByRole('link', { name: 'Sample module' })).toHaveAttribute('href', '#/preview/sample');
    const fact = (name: string) => within(en).getByText(name).nextElementSibling;
    expect(fact('Id')).toHaveTextContent('sample');
    expect(fact('Version')).toHaveTextContent('1');
    expect(fact('Estimated time')).toHaveTextContent('5 minutes');
    expect(fact('Blocks')).toHaveTextContent(`${sampleBlocks.length} blocks`);
    expect(within(fr).getByText(`${sampleBlocks.length} blocs`)).toBeVisible();
  });

  it('shows a whole module in French and Dutch side by side, content and UI strings each in its column’s language', async () => {
    const { db } = await openPreview('#/preview/sample');
    await userEvent.click(screen.getByRole('checkbox', { name: 'English' }));
    expect(screen.queryByRole('region', { name: 'English' })).toBeNull();
    const fr = await screen.findByRole('region', { name: 'Français' });
    const nl = column('Nederlands');
    expect(screen.getByRole('heading', { level: 1, name: 'Preview of module “sample”' })).toBeVisible();
    expect(nl).toHaveAttribute('lang', 'nl');

    expect(within(fr).getByRole('heading', { level: 2, name: "Module d'essai" })).toBeVisible();
    expect(within(nl).getByRole('heading', { level: 2, name: 'Testmodule' })).toBeVisible();
    expect(within(fr).getByText('Qui reste responsable ?')).toBeVisible();
    expect(within(nl).getByText('Wie blijft verantwoordelijk?')).toBeVisible();
    expect(within(fr).getAllByRole('button', { name: 'Vérifier ma réponse' })).toHaveLength(quizCount);
    expect(within(nl).getAllByRole('button', { name: 'Controleer mijn antwoord' })).toHaveLength(quizCount);
    const subheadings = within(nl)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(subheadings.slice(0, 3)).toEqual(['Leerdoelen', 'Bronnen', 'Woordenlijst']);
    expect(subheadings.filter((h) => sample.lessons.some((l) => l.title.nl === h))).toEqual(sample.lessons.map((l) => l.title.nl));

    // Metadata: objectives with their framework references, sources with the date they were checked.
    expect(within(fr).getByText('Connaître les bases.')).toBeVisible();
    expect(within(fr).getByText('Règlement européen sur l’IA (AI Act) : art. 4')).toBeVisible();
    expect(within(nl).getByText('AI-verordening (AI Act): art. 4')).toBeVisible();
    expect(within(fr).getByText(/vérifiée le 28 novembre 2026/)).toBeVisible();
    expect(within(nl).getByText(/gecontroleerd op 28 november 2026/)).toBeVisible();
    const term = sample.glossary[0]!;
    expect(within(nl).getByText(term.term.nl, { selector: 'dt' })).toHaveTextContent(term.id);
    expect(within(nl).getByText(term.definition.nl, { selector: 'dd' })).toBeVisible();

    // Every block, in reading order, labelled with its id and type, with a link to it alone.
    expect(
      within(nl)
        .getAllByRole('article')
        .map((block) => block.dataset.blockId),
    ).toEqual(sampleBlocks.map((b) => b.id));
    const quiz = within(nl).getByRole('article', { name: 'Blok ‘q-single’ · type quiz' });
    expect(within(quiz).getByRole('link', { name: 'Alleen blok ‘q-single’ tonen' })).toHaveAttribute('href', '#/preview/sample/q-single');
    expect(within(fr).getByRole('article', { name: french('Bloc « intro » · type text') })).toHaveTextContent('Un texte avec une liste');

    // Reflection notes and flashcards in the module stay unsaved too: the learner database is never opened.
    expect(db.isOpen()).toBe(false);
  });

  it('scores an answer in its own column only, with the feedback a learner would see, and saves nothing', async () => {
    const { db } = await openPreview('#/preview/sample/q-single');
    const nl = await screen.findByRole('region', { name: 'Nederlands' });
    const fr = column('Français');
    expect(screen.getByRole('heading', { level: 1, name: 'Preview of block “q-single” in module “sample”' })).toBeVisible();
    expect(within(nl).getAllByRole('article')).toHaveLength(1);

    await userEvent.click(within(nl).getByRole('radio', { name: 'De tool' }));
    await userEvent.click(within(nl).getByRole('button', { name: 'Controleer mijn antwoord' }));
    expect(within(nl).getByRole('status')).toHaveTextContent('Niet helemaal.');
    expect(within(nl).getByRole('radio', { name: /De tool \(jouw keuze\)/ })).toBeChecked();
    expect(within(nl).getByRole('radio', { name: /De zorgverlener \(juist antwoord\)/ })).toBeDisabled();
    expect(within(nl).getByText('De zorgverlener valideert.')).toBeVisible();

    expect(within(fr).getByRole('button', { name: 'Vérifier ma réponse' })).toBeEnabled();
    expect(within(fr).getByRole('status')).toBeEmptyDOMElement();
    expect(within(fr).queryByText('Le professionnel valide.')).toBeNull();

    // The preview never even opened the learner database.
    expect(db.isOpen()).toBe(false);
    for (const table of [db.attempts, db.progress, db.outbox, db.blockStates, db.cards, db.learners]) {
      expect(await table.count()).toBe(0);
    }
  });

  it('lets the author clear an answer and try the block again', async () => {
    await openPreview('#/preview/sample/q-single', 'fr');
    const en = await screen.findByRole('region', { name: 'English' });
    await userEvent.click(within(en).getByRole('radio', { name: 'The professional' }));
    await userEvent.click(within(en).getByRole('button', { name: 'Check my answer' }));
    expect(within(en).getByRole('status')).toHaveTextContent('Correct.');

    await userEvent.click(within(en).getByRole('button', { name: 'Clear this answer and try again' }));
    expect(within(en).getByRole('radio', { name: 'The professional' })).not.toBeChecked();
    expect(within(en).getByRole('button', { name: 'Check my answer' })).toBeEnabled();
    expect(within(en).getByRole('article', { name: 'Block “q-single” · type quiz' })).toHaveFocus();
  });

  it('follows its links: from the list to a module, then to one block, moving focus to the new title', async () => {
    await openPreview('#/preview');
    await userEvent.click(within(column('English')).getByRole('link', { name: 'Sample module' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Preview of module “sample”' })).toHaveFocus();
    await userEvent.click(within(await screen.findByRole('region', { name: 'English' })).getByRole('link', { name: 'Show block “q-multiple” alone' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Preview of block “q-multiple” in module “sample”' })).toHaveFocus();
    const trail = within(screen.getByRole('navigation', { name: 'Preview navigation' })).getAllByRole('link');
    expect(trail.map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('aria-current')])).toEqual([
      ['All modules', '#/preview', null],
      ['sample', '#/preview/sample', null],
      ['q-multiple', '#/preview/sample/q-multiple', 'page'],
    ]);
  });

  it.each([
    ['an unknown module', '#/preview/nope', 'No installed module has the id “nope”.'],
    ['an unknown block', '#/preview/sample/nope', 'The module “sample” has no block with the id “nope”.'],
    ['a malformed address', '#/preview/sample/%E0%A4%A', 'This address matches no page of the preview.'],
  ])('says so for %s and links back to the module list', async (_, hash, message) => {
    await openPreview(hash);
    expect(await screen.findByText(message)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the list of modules' })).toHaveAttribute('href', '#/preview');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('says so in the page’s language, with a link to the module, for an unknown block', async () => {
    await openPreview('#/preview/sample/nope', 'fr');
    expect(await screen.findByText('Le module « sample » n’a pas de bloc avec l’identifiant « nope ».')).toBeVisible();
    expect(screen.getByRole('link', { name: french('Voir tout le module « sample »') })).toHaveAttribute('href', '#/preview/sample');
    expect(screen.getByRole('link', { name: 'Retour à la liste des modules' })).toHaveAttribute('href', '#/preview');
  });

  it('shows why a module could not be loaded', async () => {
    jest.spyOn(loaders, 'sample').mockResolvedValueOnce({ default: { id: 'sample', title: { fr: 'x' } } });
    await openPreview('#/preview/sample');
    expect(await screen.findByRole('alert')).toHaveTextContent('The module “sample” could not be loaded. Reason:');
    expect(screen.getByText(/expected a version number/)).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('link', { name: 'Back to the list of modules' })).toHaveAttribute('href', '#/preview');
  });

  it.each([
    ['the module list', '#/preview'],
    ['a whole module', '#/preview/sample'],
    ['one block', '#/preview/sample/q-single'],
  ])('lines up %s across the languages: each column spans one grid row per piece it shows, the same pieces in the same rows', async (_, hash) => {
    const view = await openPreview(hash);
    await screen.findByRole('heading', { level: 2, name: 'Sample module' });
    const columns = ['Français', 'Nederlands', 'English'].map(column);
    const rows = Number(columns[0]!.parentElement!.style.getPropertyValue('--rows'));
    const pieces = (section: HTMLElement) => [...section.children].map((piece) => `${piece.tagName} ${piece.className} ${piece.getAttribute('data-block-id') ?? ''}`);
    // A piece takes one row, but the module list: a grid of its own, one row per module.
    const spanOf = (piece: Element) => Number((piece as HTMLElement).style.getPropertyValue('--rows') || 1);
    expect(rows).toBeGreaterThan(1);
    for (const section of columns) {
      expect([...section.children].reduce((sum, piece) => sum + spanOf(piece), 0)).toBe(rows);
      expect(pieces(section)).toEqual(pieces(columns[0]!));
    }
    for (const list of view.container.querySelectorAll('.preview-module-list')) expect(list.children).toHaveLength(spanOf(list));
  });

  it('asks for a language when every column is unticked', async () => {
    await openPreview('#/preview');
    for (const name of ['Français', 'Nederlands', 'English']) await userEvent.click(screen.getByRole('checkbox', { name }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.getByText('Tick at least one language to see the content.')).toBeVisible();
  });
});
