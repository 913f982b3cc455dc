import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Tag, Tree, type TreeDataNode } from 'antd';
import { type Key, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../components/page-loading.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { blockShortLabel, unitTypeLabel } from './org-labels.ts';
import { childrenQuery, loadChildren, type OrgUnitView } from './queries.ts';

interface OrgTreeProps {
  asOf: string;
  selectedId: string | undefined;
  /** Ancestors of the selected unit (root first): the tree opens them to show it. */
  expandPath: readonly string[] | undefined;
  onSelect: (unitId: string) => void;
  labelledBy: string;
}

/**
 * The units in force on `asOf`: the roots first, the children of a node loaded when it opens
 * (`GET /api/v1/org/units?parentId&asOf`). Remount it (key) when the day changes.
 */
export function OrgTree({ asOf, selectedId, expandPath, onSelect, labelledBy }: OrgTreeProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const roots = useQuery(childrenQuery(asOf, null));
  const [children, setChildren] = useState<Record<string, OrgUnitView[]>>({});
  const [expanded, setExpanded] = useState<Key[]>([]);
  const [failure, setFailure] = useState<unknown>(null);

  const load = useCallback(
    async (parentId: string) => {
      try {
        const items = await loadChildren(queryClient, asOf, parentId);
        setChildren((current) => (current[parentId] === items ? current : { ...current, [parentId]: items }));
        setFailure(null);
      } catch (error) {
        setFailure(error);
        throw error;
      }
    },
    [queryClient, asOf],
  );

  // Opens the ancestors of the selected unit, loading their children first.
  const pathKey = expandPath?.join('/') ?? '';
  useEffect(() => {
    if (!pathKey) return;
    let cancelled = false;
    const path = pathKey.split('/');
    void (async () => {
      for (const id of path) {
        if (cancelled) return;
        await load(id).catch(() => undefined);
      }
      if (!cancelled) setExpanded((current) => [...new Set([...current, ...path])]);
    })();
    return () => {
      cancelled = true;
    };
  }, [pathKey, load]);

  const treeData = useMemo(() => {
    const build = (units: readonly OrgUnitView[]): TreeDataNode[] =>
      units.map((unit) => {
        const loaded = children[unit.id];
        return {
          key: unit.id,
          title: <UnitTitle unit={unit} />,
          isLeaf: unit.childCount === 0,
          ...(loaded ? { children: build(loaded) } : {}),
        };
      });
    return build(roots.data ?? []);
  }, [roots.data, children]);

  if (roots.isPending) return <PageLoading />;
  if (roots.isError) {
    return (
      <ProblemAlert
        error={roots.error}
        title={t('org.treeFailed')}
        onRetry={() => void roots.refetch()}
        retrying={roots.isFetching}
      />
    );
  }
  if (treeData.length === 0) return <p>{t('org.treeEmpty')}</p>;

  return (
    <>
      {failure ? <ProblemAlert error={failure} title={t('org.treeFailed')} /> : null}
      <Tree
        className="org-tree"
        aria-labelledby={labelledBy}
        treeData={treeData}
        blockNode
        showLine
        expandedKeys={expanded}
        onExpand={(keys) => setExpanded(keys)}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(_, info) => onSelect(String(info.node.key))}
        loadData={(node) => (children[String(node.key)] ? Promise.resolve() : load(String(node.key)))}
      />
    </>
  );
}

/** Name · type tag · block tag · number of units directly under it. */
function UnitTitle({ unit }: { unit: OrgUnitView }) {
  const { t } = useTranslation();
  return (
    <span className="org-tree__title">
      <span className="org-tree__name">{unit.name}</span>
      <Tag className="org-tree__tag">{unitTypeLabel(t, unit.unitType)}</Tag>
      {unit.block !== 'government' && <Tag className="org-tree__tag">{blockShortLabel(t, unit.block)}</Tag>}
      {unit.childCount > 0 && (
        <span className="org-tree__count">{t('org.childCount', { n: unit.childCount })}</span>
      )}
    </span>
  );
}
