import { useLabel, type LabelFacet } from './i18n';

/** Taxonomy ids as small labelled tags. */
export function Tags({ items }: { items: [LabelFacet, readonly string[]][] }) {
  const label = useLabel();
  const tags = items.flatMap(([facet, ids]) => ids.map((id) => ({ facet, id })));
  if (!tags.length) return null;
  return (
    <ul class="tags">
      {tags.map(({ facet, id }) => (
        <li key={`${facet}:${id}`} class={`tag tag-${facet}`}>
          {label(facet, id)}
        </li>
      ))}
    </ul>
  );
}
