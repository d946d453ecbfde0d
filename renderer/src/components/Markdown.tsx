import { Fragment, type ReactNode } from 'react';
import { parseMarkdown, type Inline } from '../../../core/markdown/parse';

/** Lesson text as React elements built from a parsed tree: no HTML string is ever injected. */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      {parseMarkdown(source).map((block, i) => {
        switch (block.kind) {
          case 'heading': {
            // The module title is h1 and the lesson title h2, so Markdown's # is an h3.
            const Tag = `h${block.level + 2}` as 'h3' | 'h4' | 'h5';
            return <Tag key={i}>{inlines(block.children)}</Tag>;
          }
          case 'paragraph':
            return <p key={i}>{inlines(block.children)}</p>;
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>{inlines(item)}</li>
                ))}
              </List>
            );
          }
        }
      })}
    </div>
  );
}

function inlines(nodes: Inline[]): ReactNode {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'strong':
        return <strong key={i}>{inlines(node.children)}</strong>;
      case 'em':
        return <em key={i}>{inlines(node.children)}</em>;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'link':
        return (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">
            {inlines(node.children)}
          </a>
        );
    }
  });
}
