// A QR code a resident scans with their phone to open a link. The QR library is loaded only
// when a page needs one.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n/translate';

async function qrImage(url: string): Promise<string> {
  const { toString } = await import('qrcode');
  const svg = await toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** "Mở trên điện thoại" with the code and the address written out. */
export function PhoneQr({ url }: { url: string }) {
  const [image, setImage] = useState<string>();
  useEffect(() => {
    let current = true;
    setImage(undefined);
    qrImage(url).then(
      (src) => current && setImage(src),
      () => undefined, // without the code the address is still written below
    );
    return () => {
      current = false;
    };
  }, [url]);
  return (
    <figure class="phone-qr">
      <figcaption class="phone-qr__caption">
        <strong class="phone-qr__title">{t('procedure.qrTitle')}</strong>
        <span>{t('procedure.qrBody')}</span>
      </figcaption>
      <div class="phone-qr__code">
        {image && <img src={image} alt={t('procedure.qrAlt', { url })} width={240} height={240} />}
      </div>
      <p class="phone-qr__url">{url.replace(/^https?:\/\//, '').replace(/\/$/, '')}</p>
    </figure>
  );
}
