import type { HandoutCatalog } from './en.ts';

export const HANDOUT_AZ: HandoutCatalog = {
  'handout.export.evidence': 'Bütün sübutları əlavə edin (hər ölçməni)',
  'handout.export.evidence.hint':
    'Mütəxəssislər üçün: onda {{pdf}} çoxlu səhifə olur. Onsuz {{pdf}} qısa məlumat vərəqidir: nə etməli, bloklanmış saytlar və onları nə açır.',
  'handout.title': 'Bu İnternet yoxlaması nə tapdı',
  'handout.advice.unjudged': 'Yoxlama nəyisə qiymətləndirmədən bitdi; məsləhət almaq üçün onu yenidən başladın.',
  'handout.when': 'Vaxt',
  'handout.network': 'Şəbəkə',
  'handout.calls': 'Zənglər',
  'handout.calls.not-tested': 'Zənglər yoxlanmayıb.',
  'handout.blocked.heading': 'Bloklanmış saytlar və onları nə açır',
  'handout.blocked.site': 'Sayt',
  'handout.blocked.how': 'Nə baş verir',
  'handout.blocked.opens': 'Onu nə açır',
  'handout.blocked.none': 'Bu şəbəkədə heç bir sayt bloklanmayıb.',
  'handout.blocked.opens-nothing': 'Əlinizdəki heç nə',
  'handout.more': 'Yoxlamanın təfərrüatları növbəti səhifələrdədir.',
  'handout.evidence-left-out':
    'Bütün sübutlar (hər ölçmə) bu hesabata daxil edilməyib; onları görmək üçün hesabatı sübutlarla birlikdə ixrac edin.',
};
