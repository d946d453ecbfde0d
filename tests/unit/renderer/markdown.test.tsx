import { render, screen } from '@testing-library/react';
import { Markdown } from '../../../renderer/src/components/Markdown';

describe('lesson text', () => {
  it('shows raw HTML as text, never as markup', () => {
    const { container } = render(<Markdown source={'<img src=x onerror="alert(1)"> and <b>bold</b>'} />);
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)"> and <b>bold</b>');
  });

  it('renders headings below the lesson title, lists and links that open outside the app', () => {
    render(<Markdown source={'# Why\n- **one**\n- [AI Act](https://eur-lex.europa.eu/eli/reg/2024/1689/oj)'} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Why' })).toBeVisible();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    const link = screen.getByRole('link', { name: 'AI Act' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
