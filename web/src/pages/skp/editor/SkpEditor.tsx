import { Alert, Button, Card, Group, List, Stack, Stepper, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { Skp } from '../../../api/skp.ts';
import { IconAlert } from '../../../components/icons.tsx';
import { useT } from '../../../i18n/context.tsx';
import { usePhone } from '../../../lib/usePhone.ts';
import { ConflictPanel } from './ConflictPanel.tsx';
import { LampiranStep } from './LampiranStep.tsx';
import { PeriksaStep } from './PeriksaStep.tsx';
import { RencanaAksiStep } from './RencanaAksiStep.tsx';
import { RestoreDraftAlert } from './RestoreDraftAlert.tsx';
import { RhkStep } from './RhkStep.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { useSkpDraft } from './useSkpDraft.ts';

const STEPS = ['utama', 'tambahan', 'ra', 'lampiran', 'periksa'] as const;

/** The owner's step-by-step editor for a draft SKP, saving as they type. */
export function SkpEditor({ skp }: { skp: Skp }) {
  const t = useT();
  const phone = usePhone();
  const d = useSkpDraft(skp);
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const label = (i: number) => t(`skp.step.${STEPS[i]!}`);
  // Server messages, listed once here too: the field they belong to may be on another step.
  const serverFields = [...new Set(Object.values(d.fieldErrors))];

  const go = (n: number) => {
    if (n === step) return;
    void d.flush();
    moved.current = true;
    setStep(n);
  };
  // After a step change, bring the new step's title into view and to the screen reader.
  useEffect(() => {
    if (!moved.current) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [step]);
  useEffect(() => {
    if (d.state.kind === 'conflict') conflictRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [d.state.kind]);

  return (
    <Card withBorder padding={phone ? 'sm' : 'lg'} component="section" aria-labelledby="skp-editor-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="skp-editor-title">{t('skp.editor.title')}</Title>
        {d.stored && <RestoreDraftAlert stored={d.stored} onRestore={d.restoreStored} onDiscard={d.discardStored} />}
        {d.state.kind === 'conflict' && (
          <div ref={conflictRef}>
            <ConflictPanel current={d.state.current} onTakeServer={d.takeServer} onKeepMine={() => d.keepMine(d.state.kind === 'conflict' ? d.state.current : null)} />
          </div>
        )}
        {serverFields.length > 0 && (
          <Alert color="red" icon={<IconAlert />} role="alert" title={t('skp.editor.ditolak')}>
            <List size="sm">{serverFields.map((m) => <List.Item key={m}>{m}</List.Item>)}</List>
          </Alert>
        )}
        <Stepper active={step} onStepClick={go} size={phone ? 'xs' : 'sm'} allowNextStepsSelect contentPadding={0} wrap={phone}
          completedIcon={({ step: n }) => n + 1} aria-label={t('skp.editor.langkah')}>
          {STEPS.map((s, i) => (
            <Stepper.Step key={s} label={phone ? undefined : label(i)} aria-label={t('skp.step.aria', { n: i + 1, label: label(i) })} />
          ))}
        </Stepper>
        <Title order={3} size="h3" ref={heading} tabIndex={-1} style={{ scrollMarginTop: 72, outline: 'none' }}>
          {t('skp.step.heading', { n: step + 1, total: STEPS.length, label: label(step) })}
        </Title>
        {step === 0 && <RhkStep jenis="UTAMA" skp={skp} d={d} />}
        {step === 1 && <RhkStep jenis="TAMBAHAN" skp={skp} d={d} />}
        {step === 2 && <RencanaAksiStep d={d} />}
        {step === 3 && <LampiranStep d={d} />}
        {step === 4 && <PeriksaStep skp={skp} d={d} onGo={go} />}
        <div style={{
          position: 'sticky', bottom: 0, zIndex: 5, background: 'var(--mantine-color-body)',
          borderTop: '1px solid var(--mantine-color-gray-3)', padding: '0.5rem 0',
        }}>
          <Stack gap={6}>
            <SaveStatus state={d.state} onRetry={() => void d.flush(true)} />
            <Group justify="space-between" gap="xs" wrap="nowrap" grow={phone}>
              <Button variant="default" disabled={step === 0} onClick={() => go(step - 1)}>{t('skp.step.prev')}</Button>
              {step < STEPS.length - 1 && (
                <Button onClick={() => go(step + 1)}>
                  {phone ? t('skp.step.nextShort') : t('skp.step.next', { label: label(step + 1) })}
                </Button>
              )}
            </Group>
          </Stack>
        </div>
      </Stack>
    </Card>
  );
}
