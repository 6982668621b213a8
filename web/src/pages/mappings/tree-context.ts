import { createContext, useContext } from 'react';
import type { Source, TreeField } from './tree';

/** What every part of the target tree needs: the sources to pick from, the changes it may make, the problems at each field. */
export interface TreeActions {
  sources: readonly Source[];
  change: (id: string, change: (f: TreeField) => TreeField | null) => void;
  add: (parentId: string | null, field: TreeField) => void;
  problems: ReadonlyMap<string, readonly string[]>;
}

export const TreeContext = createContext<TreeActions | null>(null);

export function useTree(): TreeActions {
  const tree = useContext(TreeContext);
  if (!tree) throw new Error('a part of the target tree rendered outside it');
  return tree;
}

/** The list sources an array may iterate (`each`), named as the source picker names them. */
export function listSources(sources: readonly Source[]): { id: string; label: string }[] {
  const lists = new Map<string, string>();
  for (const s of sources) if (s.list && !lists.has(s.list)) lists.set(s.list, s.label.split(' > ')[0] ?? s.list);
  return [...lists].map(([id, label]) => ({ id, label }));
}
