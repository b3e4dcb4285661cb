import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { lanAddresses, makeLanCertificates } from '../config/lan-certificate.js';

/**
 * `npm run tls:lan [extra names...]`: a local CA (kept, so phones trust it once) and a
 * server certificate for this machine's LAN addresses, in DATA_DIR/tls, where `npm start`
 * picks them up. Prints how to trust the CA on phones.
 */
const dir = join(resolve(process.env.DATA_DIR ?? './.data'), 'tls');
mkdirSync(dir, { recursive: true, mode: 0o700 });
const caCertFile = join(dir, 'ca.crt');
const caKeyFile = join(dir, 'ca.key');
const existing =
  existsSync(caCertFile) && existsSync(caKeyFile)
    ? { cert: readFileSync(caCertFile, 'utf8'), key: readFileSync(caKeyFile, 'utf8') }
    : undefined;
const names = [...new Set([...lanAddresses(), ...process.argv.slice(2), 'localhost', '127.0.0.1', hostname()])];
const made = makeLanCertificates(names, existing);
if (!existing) {
  writeFileSync(caCertFile, made.caCert);
  writeFileSync(caKeyFile, made.caKey, { mode: 0o600 });
}
writeFileSync(join(dir, 'server.crt'), made.cert + made.caCert);
writeFileSync(join(dir, 'server.key'), made.key, { mode: 0o600 });
const first = lanAddresses()[0] ?? 'localhost';
process.stdout.write(
  [
    '',
    `  Certificate for ${names.join(', ')} in ${dir}`,
    `  ${existing ? 'Signed by the existing local CA' : 'A new local CA'}: ${caCertFile} (keep ca.key private)`,
    '',
    '  npm start now serves https://' + first + ':3000 (PORT=443 for no port in the address).',
    '  Each phone trusts the CA once (ca.crt is not secret: send it any way):',
    '    Android: Settings > Security > Encryption & credentials > Install a certificate > CA certificate,',
    '             pick ca.crt (Chrome then shows the padlock; until then "Your connection is not private").',
    '    iPhone:  open ca.crt in Safari (AirDrop or a link), Settings > Profile Downloaded > Install, then',
    '             Settings > General > About > Certificate Trust Settings > turn on "thidua local CA".',
    '    Laptop:  import ca.crt as a trusted root (Chrome: Settings > Privacy > Security > Manage certificates).',
    '  Phones that did not trust it can still tap through the warning, but then TLS protects nothing.',
    '',
  ].join('\n') + '\n',
);
