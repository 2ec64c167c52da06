import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-main/shared/i18n/dates.ts';
import type { Language } from '../../../src-main/shared/i18n/languages.ts';
import { restoredFor, type AdviceMessage } from '../../../src-main/core/view/advice.ts';
import { adviceText } from '../../../src-main/core/view/advice-text.ts';
import { verdictOn } from '../../../src-main/core/view/cells.ts';
import { hostPort, routeLabel } from '../../../src-main/core/view/labels.ts';
import { MARKS, verdictLook } from '../../../src-main/core/view/verdict-look.ts';
import { verdictText } from '../../../src-main/shared/i18n/message.ts';
import type { DnsAnswer, Observation } from '../../../src-main/shared/observation.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { LookBadge } from '../../components/StatusBadge.tsx';
import { useApp } from '../../hooks/useApp.ts';
import { useIpcErrorText } from '../../hooks/useIpcErrorText.ts';
import { failureText, milliseconds } from '../../lib/words.ts';
import { targetNamer } from '../../../src-main/core/view/site-name.ts';
import type { OpenedCell } from '../run/RunMatrix.tsx';
import { timeline } from './evidence.ts';
import styles from './Evidence.module.css';
import { useCellObservations } from './useCellObservations.ts';

export interface EvidenceDialogProps {
  report: Report;
  cell: OpenedCell | null;
  onClose: () => void;
  /** A past run's id in the history, whose report came without observations: a cell's are read when it opens. */
  historyId?: string | undefined;
}

/**
 * The evidence behind one cell: the verdict in plain words and its reason, then each
 * step of the measurement with its timing, the DNS answers and certificates, and the
 * raw observations for whoever wants them.
 */
export function EvidenceDialog({ report, cell, onClose, historyId }: EvidenceDialogProps): React.JSX.Element | null {
  const { t } = useTranslation();
  const { language } = useApp();
  const errorText = useIpcErrorText();
  const found = useCellObservations(report, cell, historyId);
  if (cell === null) return null;
  const entry = report.targets.find(({ target }) => target.id === cell.target.id);
  const verdict = verdictOn(entry?.verdict, cell.route);
  const observations = found.kind === 'ready' ? timeline(found.observations) : [];
  const title = t('ui.evidence.title', {
    target: targetNamer(t, report)(cell.target),
    route: routeLabel(t, cell.route),
  });

  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={title}
      closeLabel={t('ui.evidence.close')}
    >
      {verdict === undefined ? null : <VerdictPart verdict={verdict} restored={restoredFor(entry?.verdict)} />}
      <section className={styles.section}>
        <h3>{t('ui.evidence.timeline')}</h3>
        {found.kind === 'loading' ? <p role="status">{t('ui.loading')}</p> : null}
        {found.kind === 'error' ? (
          <p role="alert">{t('ui.evidence.load-error', { reason: errorText(found.error) })}</p>
        ) : null}
        {found.kind !== 'ready' ? null : observations.length === 0 ? (
          <p>{t('ui.evidence.no-observations')}</p>
        ) : (
          <ol className={styles.steps}>
            {observations.map((observation) => (
              <Step key={observation.id} observation={observation} language={language} />
            ))}
          </ol>
        )}
      </section>
      {observations.length === 0 ? null : (
        <details className={styles.raw}>
          <summary>{t('ui.evidence.raw')}</summary>
          <pre>{JSON.stringify(observations, null, 2)}</pre>
        </details>
      )}
    </Dialog>
  );
}

interface VerdictPartProps {
  verdict: Parameters<typeof verdictText>[1];
  /** The routes that opened this site where the user's connection did not: what helps, by name. */
  restored: AdviceMessage | null;
}

function VerdictPart({ verdict, restored }: VerdictPartProps): React.JSX.Element {
  const { t } = useTranslation();
  const text = verdictText(t, verdict);
  return (
    <>
      <div className={styles.verdict}>
        <LookBadge look={verdictLook(t, verdict)} />
        <span>{t('ui.evidence.confidence', { confidence: text.confidence })}</span>
      </div>
      <section className={styles.section}>
        <h3>{t('ui.evidence.meaning')}</h3>
        <p>{text.explain}</p>
      </section>
      {restored === null ? (
        <section className={styles.section}>
          <h3>{t('ui.evidence.helps')}</h3>
          <p>{text.helps}</p>
        </section>
      ) : (
        <section className={styles.section}>
          <h3>{t('advice.evidence.title')}</h3>
          <p>{adviceText(t, restored)}</p>
        </section>
      )}
      {/* The rule and its figures: raw codes and block-page names, for whoever asks. */}
      <details className={`${styles.section} ${styles.codes}`}>
        <summary>{t('ui.evidence.reason')}</summary>
        <p>{text.reason}</p>
      </details>
    </>
  );
}

/** The heading of one step: what was done, with what. */
function stepTitle(t: TFunction, observation: Observation): string {
  switch (observation.probe) {
    case 'dns-system':
      return t('ui.probe.dns-system', { name: observation.name });
    case 'dns-udp':
    case 'dns-tcp':
      return t(`ui.probe.${observation.probe}`, { name: observation.name, resolver: observation.resolver });
    case 'doh':
      return t('ui.probe.doh', { name: observation.name, url: observation.url });
    case 'tcp':
    case 'tls':
      return t(`ui.probe.${observation.probe}`, { address: hostPort(observation.address, observation.port) });
    case 'http':
    case 'throughput':
      return t(`ui.probe.${observation.probe}`, { url: observation.url });
    case 'stun':
      return t('ui.probe.stun', { server: observation.server });
  }
}

function answerLines(t: TFunction, answer: DnsAnswer | undefined): string[] {
  if (answer === undefined) return [];
  // The answer's code (NXDOMAIN, SERVFAIL) is for whoever opens the step's details.
  if (answer.records.length === 0) return [t('plain.evidence.dns-empty')];
  return answer.records.map((record) =>
    t(record.bogon === true ? 'ui.evidence.dns-record-bogon' : 'ui.evidence.dns-record', {
      type: record.type,
      data: record.data,
      ttl: record.ttl,
    }),
  );
}

/**
 * The raw codes behind one step, for whoever asks (its "Details"): the system's error
 * code, the certificate check's, the DNS answer's. The step itself says it in words.
 */
function stepCodes(observation: Observation): string[] {
  const codes = [observation.failure?.detail];
  if (observation.probe === 'tls' && observation.trusted === false) codes.push(observation.trustError);
  if (observation.probe === 'dns-udp' || observation.probe === 'dns-tcp' || observation.probe === 'doh') {
    if (observation.answer !== undefined && observation.answer.records.length === 0)
      codes.push(observation.answer.rcode);
  }
  return [...new Set(codes.filter((code): code is string => code !== undefined && code !== ''))];
}

/** The figures of one step worth reading, as lines. */
function stepDetails(t: TFunction, observation: Observation): string[] {
  const lines: string[] = [];
  switch (observation.probe) {
    case 'dns-system':
      if (observation.addresses.length > 0) {
        lines.push(t('ui.evidence.addresses', { list: observation.addresses.map((a) => a.address).join(', ') }));
      }
      if (observation.addresses.some((a) => a.bogon)) lines.push(t('ui.evidence.bogon'));
      break;
    case 'dns-udp':
    case 'dns-tcp':
      lines.push(...answerLines(t, observation.answer));
      if (observation.laterAnswers.length > 0) {
        lines.push(t('ui.evidence.later-answers', { count: observation.laterAnswers.length }));
      }
      if (observation.caseMismatch) lines.push(t('ui.evidence.case-mismatch'));
      break;
    case 'doh':
      lines.push(...answerLines(t, observation.answer));
      break;
    case 'tcp':
      if (observation.connectMs !== undefined) {
        lines.push(t('ui.evidence.connect-time', { duration: milliseconds(t, observation.connectMs) }));
      }
      break;
    case 'tls':
      if (observation.sni !== null) lines.push(t('ui.evidence.sni', { name: observation.sni }));
      if (observation.handshakeMs !== undefined) {
        lines.push(t('ui.evidence.handshake-time', { duration: milliseconds(t, observation.handshakeMs) }));
      }
      if (observation.tlsVersion !== undefined)
        lines.push(t('ui.evidence.tls-version', { version: observation.tlsVersion }));
      if (observation.trusted === true) lines.push(t('ui.evidence.trusted'));
      if (observation.trusted === false) lines.push(t('plain.evidence.untrusted'));
      if (observation.nameMatches === false) lines.push(t('ui.evidence.name-mismatch'));
      break;
    case 'http':
      if (observation.status !== undefined) lines.push(t('ui.evidence.http-status', { status: observation.status }));
      if (observation.headersMs !== undefined) {
        lines.push(t('ui.evidence.headers-time', { duration: milliseconds(t, observation.headersMs) }));
      }
      if (observation.redirects.length > 0) {
        lines.push(t('ui.evidence.redirects', { count: observation.redirects.length, url: observation.finalUrl }));
      }
      if (observation.body?.title !== undefined)
        lines.push(t('ui.evidence.page-title', { title: observation.body.title }));
      if (observation.body !== undefined) lines.push(t('ui.evidence.bytes', { count: observation.body.bytes }));
      break;
    case 'throughput':
      lines.push(t('ui.evidence.speed', { value: Math.round(observation.bytesPerSecond / 1024) }));
      if (observation.stalledAtBytes !== undefined) {
        lines.push(t('ui.evidence.stalled', { count: observation.stalledAtBytes }));
      }
      break;
    case 'stun':
      if (observation.rttMs !== undefined) {
        lines.push(t('ui.evidence.round-trip', { duration: milliseconds(t, observation.rttMs) }));
      }
      break;
  }
  return lines;
}

function Step({ observation, language }: { observation: Observation; language: Language }): React.JSX.Element {
  const { t } = useTranslation();
  const details = stepDetails(t, observation);
  const codes = stepCodes(observation);
  const certificates = observation.probe === 'tls' ? observation.certificates : [];
  return (
    <li className={styles.step}>
      <div className={styles.stepTitle}>
        <span>{stepTitle(t, observation)}</span>
        {observation.failure === undefined ? (
          <span className={styles.passed}>
            <span aria-hidden="true">{MARKS.ok} </span>
            {t('ui.evidence.step-ok')}
          </span>
        ) : (
          <span className={styles.failed}>
            <span aria-hidden="true">{MARKS.blocked} </span>
            {t('ui.evidence.step-failed', { failure: failureText(t, observation.failure) })}
          </span>
        )}
        <span>{t('ui.evidence.took', { duration: milliseconds(t, observation.durationMs) })}</span>
      </div>
      {details.length === 0 ? null : (
        <ul className={styles.details}>
          {details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {codes.length === 0 ? null : (
        <details className={styles.codes}>
          <summary>{t('plain.details')}</summary>
          <ul>
            {codes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {certificates.length === 0 ? null : <p className={styles.certificates}>{t('ui.evidence.certificates')}</p>}
      {certificates.map((certificate, index) => (
        <dl key={certificate.fingerprintSha256 + String(index)} className={styles.certificate}>
          <dt>{t('ui.evidence.cert-subject')}</dt>
          <dd>{certificate.subject}</dd>
          <dt>{t('ui.evidence.cert-issuer')}</dt>
          <dd>{certificate.issuer}</dd>
          <dt>{t('ui.evidence.cert-validity')}</dt>
          <dd>
            {t('ui.evidence.cert-dates', {
              from: formatDate(certificate.validFrom, language),
              to: formatDate(certificate.validTo, language),
            })}
          </dd>
        </dl>
      ))}
    </li>
  );
}
