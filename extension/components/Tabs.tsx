import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabDef {
  id: string;
  label: string;
}

/** ARIA tabs: arrow keys, Home and End move between tabs; the panel follows. */
export function Tabs({
  tabs,
  selected,
  onSelect,
  children,
}: {
  tabs: TabDef[];
  selected: string;
  onSelect: (id: string) => void;
  children: ComponentChildren;
}) {
  const list = useRef<HTMLDivElement>(null);
  const move = (to: number) => {
    const tab = tabs[(to + tabs.length) % tabs.length];
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`#tab-${tab.id}`)?.focus();
  };
  const index = tabs.findIndex((t) => t.id === selected);
  return (
    <>
      <div
        class="tabs"
        role="tablist"
        ref={list}
        onKeyDown={(e) => {
          const keys: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
          if (e.key in keys) {
            e.preventDefault();
            move(keys[e.key]);
          }
        }}
      >
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            class="tab"
            type="button"
            role="tab"
            aria-selected={t.id === selected}
            aria-controls={`panel-${t.id}`}
            tabIndex={t.id === selected ? 0 : -1}
            onClick={() => onSelect(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div class="tabpanel" role="tabpanel" id={`panel-${selected}`} aria-labelledby={`tab-${selected}`}>
        {/* The page's outline: h1 (the page), h2 (this tab), h3 (its sections). */}
        <h2 class="visually-hidden">{tabs[index]?.label}</h2>
        {children}
      </div>
    </>
  );
}
