import forge from 'node-forge';
import { networkInterfaces } from 'node:os';
import { isIP } from 'node:net';

/** A local certificate authority and the server certificate it signed, all PEM. */
export interface LanCertificates {
  caCert: string;
  caKey: string;
  cert: string;
  key: string;
}

/** The machine's own IPv4 addresses on its networks (the ones phones on the venue Wi-Fi reach). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i): i is NonNullable<typeof i> => !!i && i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);
}

const DAY_MS = 86_400_000;

/**
 * A CA for one event's machine (10 years, so a phone that trusted it once keeps trusting it)
 * and a server certificate for `names` (IP addresses and host names in subjectAltName, which
 * is all browsers read) valid 825 days, the longest iOS accepts. RSA 2048 and SHA-256: what
 * every phone still in use verifies.
 */
export function makeLanCertificates(names: readonly string[], ca?: { cert: string; key: string }): LanCertificates {
  const now = Date.now();
  let caCert: forge.pki.Certificate;
  let caKey: forge.pki.rsa.PrivateKey;
  if (ca) {
    caCert = forge.pki.certificateFromPem(ca.cert);
    caKey = forge.pki.privateKeyFromPem(ca.key);
  } else {
    const caKeys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
    caKey = caKeys.privateKey;
    caCert = forge.pki.createCertificate();
    caCert.publicKey = caKeys.publicKey;
    caCert.serialNumber = serial();
    caCert.validity.notBefore = new Date(now - DAY_MS);
    caCert.validity.notAfter = new Date(now + 3650 * DAY_MS);
    const caSubject = [
      { name: 'commonName', value: `thidua local CA ${new Date(now).toISOString().slice(0, 10)}` },
      { name: 'organizationName', value: 'thidua (LAN event)' },
    ];
    caCert.setSubject(caSubject);
    caCert.setIssuer(caSubject);
    caCert.setExtensions([
      { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      { name: 'subjectKeyIdentifier' },
    ]);
    caCert.sign(caKey, forge.md.sha256.create());
  }

  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(now - DAY_MS);
  cert.validity.notAfter = new Date(now + 825 * DAY_MS);
  cert.setSubject([{ name: 'commonName', value: names[0] ?? 'localhost' }]);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: names.map((n) => (isIP(n) ? { type: 7, ip: n } : { type: 2, value: n })),
    },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  cert.sign(caKey, forge.md.sha256.create());

  return {
    caCert: ca?.cert ?? forge.pki.certificateToPem(caCert),
    caKey: ca?.key ?? forge.pki.privateKeyToPem(caKey),
    cert: forge.pki.certificateToPem(cert),
    key: forge.pki.privateKeyToPem(keys.privateKey),
  };
}

/** A positive random serial (the first hex digit below 8 keeps the DER integer positive). */
function serial(): string {
  const hex = forge.util.bytesToHex(forge.random.getBytesSync(16));
  return `${(parseInt(hex[0], 16) & 0x7).toString(16)}${hex.slice(1)}`;
}
