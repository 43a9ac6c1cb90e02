import { Button, Card, Group, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { skpKeys, type Skp, type SkpConflict } from '../../api/skp.ts';
import { ConflictAlert } from '../../components/ConflictAlert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useT } from '../../i18n/context.tsx';
import { isConflict } from '../../lib/useForm.ts';
import { BERAKHLAK } from '../../../../src/domain/berakhlak.ts';
import { KODE_BERAKHLAK, type KodeBerakhlak } from '../../../../src/domain/enums.ts';

type Isi = Record<KodeBerakhlak, string>;
const dariSkp = (e: Skp['ekspektasi']): Isi => Object.fromEntries(KODE_BERAKHLAK.map((k) => [k, e[k] ?? ''])) as Isi;
const sama = (a: Isi, b: Isi) => KODE_BERAKHLAK.every((k) => a[k].trim() === b[k].trim());
/** Empty values are left out, so clearing a box removes that ekspektasi. */
const ringkas = (isi: Isi) => Object.fromEntries(KODE_BERAKHLAK.filter((k) => isi[k].trim()).map((k) => [k, isi[k].trim()]));

/**
 * The penilai's ekspektasi khusus per BerAKHLAK value. Read-only for everyone else. A save is based on
 * the version the text was loaded from; when someone else changed the ekspektasi meanwhile the penilai
 * chooses between their text and the stored one.
 */
export function EkspektasiCard({ skp, onDirtyChange }: { skp: Skp; onDirtyChange: (dirty: boolean) => void }) {
  const t = useT();
  const qc = useQueryClient();
  const ubah = skp.akses.ubahEkspektasi;
  const [dasar, setDasar] = useState({ version: skp.version, isi: dariSkp(skp.ekspektasi) });
  const [isi, setIsi] = useState(dasar.isi);
  const [konflik, setKonflik] = useState<SkpConflict | null>(null);
  const [tersimpan, setTersimpan] = useState(false);
  const dirty = !sama(isi, dasar.isi);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  // A newer SKP arrived (e.g. the pegawai saved a draft): follow it unless it changed what is being typed over.
  useEffect(() => {
    if (skp.version === dasar.version) return;
    const server = dariSkp(skp.ekspektasi);
    if (sama(server, dasar.isi)) setDasar({ version: skp.version, isi: server });
    else if (!dirty) { setDasar({ version: skp.version, isi: server }); setIsi(server); }
  }, [skp.version, skp.ekspektasi, dasar, dirty]);

  const terima = (fresh: Skp) => {
    qc.setQueryData(skpKeys.one(fresh.id), fresh);
    const s = dariSkp(fresh.ekspektasi);
    setDasar({ version: fresh.version, isi: s });
    setIsi(s);
  };
  const simpan = useMutation({
    mutationFn: (version: number) => api.put<Skp>(`/skp/${skp.id}/ekspektasi`, { ekspektasi: ringkas(isi), version }),
    onSuccess: (saved) => { terima(saved); setTersimpan(true); },
    onError: (e) => { if (isConflict(e)) setKonflik(e.current<SkpConflict>() ?? { version: skp.version, diubahOleh: null, updatedAt: '', perubahan: [] }); },
  });
  const muatUlang = async () => {
    setKonflik(null);
    simpan.reset();
    terima(await api.get<Skp>(`/skp/${skp.id}`));
  };
  const fields = simpan.error instanceof ApiError ? simpan.error.fields : {};

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="ekspektasi-judul">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="ekspektasi-judul">{t('tinjau.ekspektasiJudul')}</Title>
          <Text c="dimmed">{ubah ? t('tinjau.ekspektasiIntro') : t('tinjau.ekspektasiBaca')}</Text>
        </div>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {BERAKHLAK.map((n) => (
            <Card key={n.kode} withBorder padding="sm" role="group" aria-labelledby={`nilai-${n.kode}`}>
              <Title order={3} size="h5" id={`nilai-${n.kode}`}>{`${n.urutan}. ${n.label}`}</Title>
              <Stack gap={2} component="ol" style={{ margin: '0.25rem 0 0.5rem', paddingLeft: '1.25rem' }}>
                {n.panduan.map((p) => <Text key={p} component="li" size="sm">{p}</Text>)}
              </Stack>
              {ubah ? (
                <Textarea
                  label={t('tinjau.ekspektasiLabel', { nilai: n.label })}
                  autosize minRows={2} maxRows={8} size="md" maxLength={2000}
                  value={isi[n.kode]}
                  onChange={(e) => { const v = e.currentTarget.value; setIsi((s) => ({ ...s, [n.kode]: v })); setTersimpan(false); }}
                  error={fields[`ekspektasi.${n.kode}`]}
                />
              ) : (
                <Text size="md" className="pecah" c={isi[n.kode] ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
                  {isi[n.kode] ? `${t('tinjau.ekspektasiPendek')}: ${isi[n.kode]}` : t('tinjau.ekspektasiTidakAda')}
                </Text>
              )}
            </Card>
          ))}
        </SimpleGrid>
        {konflik && <ConflictAlert onReload={() => void muatUlang()} onOverwrite={() => { const v = konflik.version; setKonflik(null); simpan.mutate(v); }} />}
        {simpan.isError && !konflik && !isConflict(simpan.error) && <ErrorAlert error={simpan.error} />}
        {ubah && (
          <Group gap="sm">
            <Button onClick={() => { setKonflik(null); simpan.mutate(dasar.version); }} loading={simpan.isPending} disabled={!dirty}>
              {t('tinjau.simpanEkspektasi')}
            </Button>
            <Text size="sm" role="status" c={dirty ? 'orange.9' : 'green.8'}>
              {dirty ? t('tinjau.ekspektasiBelumDisimpan') : tersimpan ? t('tinjau.ekspektasiTersimpan') : ''}
            </Text>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
