// A segment: who is in it, in words and as a tree of its condition.
import { ErrorState } from '../components/ErrorState';
import { SegmentIcon } from '../components/icons';
import { Loading } from '../components/Loading';
import { TopBar } from '../components/TopBar';
import { describeCondition } from '../format/condition';
import { useInvoke } from '../hooks/use-invoke';
import { ConditionTree } from './ConditionTree';

export function SegmentView({ id }: { id: string }) {
  const result = useInvoke(
    'segments.get',
    { id },
    (c) => c.kind === 'segment' && (c.id === undefined || c.id === id),
  );
  if (result.status === 'loading') return <Loading label="Opening the segment…" />;
  if (result.status === 'error') {
    return (
      <ErrorState
        title="This segment did not open"
        message={result.error.message}
        problems={result.error.problems}
        onRetry={result.reload}
      />
    );
  }
  const { segment } = result.data;
  return (
    <div className="view">
      <TopBar
        icon={<SegmentIcon size={16} />}
        kind="Segments"
        title={segment.name}
        meta={segment.id}
      />
      <div className="view-body page">
        <div className="page-inner">
          <section className="card">
            <h2 className="card-title">Who is in this segment</h2>
            <p className="card-lead">Profiles that {describeCondition(segment.condition)}.</p>
            <ConditionTree condition={segment.condition} />
            <p className="card-foot muted">
              Membership is re-evaluated whenever a profile changes, an event arrives or a time
              window passes.
            </p>
          </section>
        </div>
      </div>
    </div>
  );
}
