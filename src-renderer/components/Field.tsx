import { useId, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import styles from './Field.module.css';

interface FieldFrame {
  label: string;
  hint?: string | undefined;
  /** Shown under the control and announced with it; marks the control invalid. */
  error?: string | null | undefined;
}

/** The ids and attributes that tie a control to its hint and error. */
function useFieldIds(frame: FieldFrame) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [frame.hint === undefined ? null : hintId, frame.error ? errorId : null].filter(Boolean);
  return {
    id,
    hintId,
    errorId,
    control: {
      id,
      'aria-invalid': frame.error ? true : undefined,
      'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
    },
  };
}

function FieldParts({ frame, ids }: { frame: FieldFrame; ids: ReturnType<typeof useFieldIds> }) {
  return (
    <>
      {frame.hint === undefined ? null : (
        <span id={ids.hintId} className={styles.hint}>
          {frame.hint}
        </span>
      )}
      {frame.error ? (
        <span id={ids.errorId} className={styles.error} role="alert">
          {frame.error}
        </span>
      ) : null}
    </>
  );
}

export type TextFieldProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A labelled input with its hint and error read out with it. */
export function TextField({ label, hint, error, className, ...input }: TextFieldProps): React.JSX.Element {
  const ids = useFieldIds({ label, hint, error });
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={ids.id} className={styles.label}>
        {label}
      </label>
      <input className={styles.input} {...ids.control} {...input} />
      <FieldParts frame={{ label, hint, error }} ids={ids} />
    </div>
  );
}

export type TextAreaFieldProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextAreaField({ label, hint, error, className, ...area }: TextAreaFieldProps): React.JSX.Element {
  const ids = useFieldIds({ label, hint, error });
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={ids.id} className={styles.label}>
        {label}
      </label>
      <textarea className={styles.input} {...ids.control} {...area} />
      <FieldParts frame={{ label, hint, error }} ids={ids} />
    </div>
  );
}
