import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = 'tests/calibration/independent';
/** Recorded when the split was frozen, before any rule was tuned on it (README.md beside the files). */
const FROZEN = {
  'test.yaml': '4fba7a9417e5655570146135cddb05b38fb03be219860a59ac3325633b54488a',
  'dev.yaml': 'edade2e3b1fc90ed0ce7c9213800baa73a50de2ecacbf807ff946c629eb72503',
  'train.yaml': '70ce9a429708c3daed68b4e5b186dfb037cc087b0d41ae05f39ebacc63929052',
  // The second batch (writers w4, w5), split on 2026-11-30 by make-splits.ts before any rule was tuned on it.
  'train2.yaml': 'f058ca84ddb845e7152aa51e0b421bdb68e39491ffcec3cff93b06ae17fc4672',
  'dev2.yaml': 'dd1e1f412bd9f01e51d56e190f60a410501f72f6b275e80f7891f164a1aa60d5',
  // Batches 3-5 (writers w6-w17), split on 2026-11-30 by make-splits.ts before anything was tuned on them.
  'train3.yaml': '981e54eb4898a2f8782f8d84f0c0718225cc6c5c9262151c48150292e7e636bc',
  'dev3.yaml': 'eac8fefb61122cc6b5ac177c7c8bf191784530a1142fd848714bab637068706a',
  'train4.yaml': 'e78907b1556f4bd1f59e8defc846a108d5dc2843003786e1abd772dc6dba4c8f',
  'dev4.yaml': 'bff81f5345b26eed40745f08d82a76d2d84d623f4c6f092bce4ec1647c0fabcc',
  'train5.yaml': 'ae1ca75ede9541e70ae37c13ffb1db8d61e60055a35c7f4508f406d655734f40',
  'dev5.yaml': 'b3c33b70f4939bc346efae368d672d1b3afa066737dc8cbd8707952a9f1f189b',
  // Batches 6-7 (writers w18-w25), split on 2026-11-30 by make-splits.ts before anything was tuned on them.
  'train6.yaml': '59400f304bf4665529a28b93dcc73befdcc110fb72b805b5c9d9d4c60ea22c6e',
  'dev6.yaml': '8b246e2be5b0463aab56f10dabb8292535f9b3dad312760c6f6e903c6d95771f',
  'train7.yaml': '21f2fddaa0c554d0ee245164f82407cedce76f5ddf78643dcca856cf724dbed6',
  'dev7.yaml': 'b07a07afb101f4f38ca9bc49fd71df4de5e7bf1859ec0e3fdfaefc4c7f67ce38',
  // Batches 8-9 (writers w26-w33), split on 2026-11-30 by make-splits.ts before anything was tuned on them.
  'train8.yaml': '28110e0332c9d6e9fbed0a2e4ea415e2a23ba0e415beccda2a36d36f6d041496',
  'dev8.yaml': 'd900e0966455d795722707a0e0b9e671e585ba3597da7e99047d674291abbfb3',
  'train9.yaml': '1a381805ac9b2091294fe19b39e9f00046505811ee4b2b8551449af5fc32a1f7',
  'dev9.yaml': 'a810c431129f2863e90aee42d65dfcdef67dd74fd4ec2a4a3f5998bcc2f4aa82',
  // Batches 10-11 (writers w34-w41), split on 2026-11-30 by make-splits.ts before anything was tuned on them.
  'train10.yaml': '00e03b643974c25a37cd5967996cdd402a2640005ea724a8ee9474fbe0d11579',
  'dev10.yaml': '5b4ebcdadea13559a0248c07ddba4c3bb6ee215ee526fd040f4d6903f0b80b15',
  'train11.yaml': 'e6286c2571c9246679a672b59458d805ae1f542231d54ac749c45d0a7a479a9f',
  'dev11.yaml': 'e7a81dc786c67868c488ea2b517c47f26ad9b541a3ee2294ac2fd3ae00deab51',
  // Batches 12-13 (writers w42-w49), split on 2026-11-30 by make-splits.ts before anything was tuned on them.
  'train12.yaml': '4624d3eccf49b761aefb73c18ef1631d9d99a6556f01c2820f33767a85eaa065',
  'dev12.yaml': 'b441b7e7a5b9fd5f37c29914ba390e42fb338f36af17f79b425ef5456362fe60',
  'train13.yaml': 'a401868b3db7cff96093e8b1a0f3b33540d67f2cfd5d738171d0971998b38bab',
  'dev13.yaml': '4793248df73f5ac5e5b78c9ecb0b315c9641f70c4925c38e983963ae35122051',
  // Batches 14-15 (writers w50-w57), split on 2026-11-30 by make-splits.ts before anything was tuned on them.
  'train14.yaml': 'ef39051b752cc767a013da1426f6e8e41da259d292ea4ce1992fcc743c577979',
  'dev14.yaml': '71d4900b79f3d15f63ad42f2fdebc303202c0f43d6a0e24ac2034909fa7c57d9',
  'train15.yaml': '2adfd558300874972a155069ad03f8f4733353ebaac8174fe56f0ecd7c43f541',
  'dev15.yaml': 'a0f0537bcc03215f5b0eab443070f251ad80834aef5831f65eecbc07c90ee1a1',
  // Batches 16-17 (writers w58-w65), split on 2026-11-30 by make-splits.ts before anything was tuned on them.
  'train16.yaml': '91e951c7e147f30b2da5e0af1c1c514fdb15f32bf0a3ec718ef021c67c27806e',
  'dev16.yaml': 'c1a5a4db65e19cada9b71c4360aab7e83b081cb75f0238d6a037ded0118a09a8',
  'train17.yaml': '5000157d645ddbd4e69503473ee6587469b32824a3e108f0ac0ae7d11487903a',
  'dev17.yaml': '7db7dadac86bd19b984fe9fe1b5e76bf1bd5b4f12ec893fff0e53bbc4f677778',
  // Batches 18-21 (writers w66-w81), split on 2026-11-30 by make-splits.ts before anything was tuned on them.
  'train18.yaml': 'd0ee2f6a84c48d51f968be671001c9971d3627486e79ed34ce99f3528a2f9572',
  'dev18.yaml': 'bfa33fd1fdca85a14342c9a87c0a9f7266f788640b7f80e68f3beb7f7e18d1a8',
  'train19.yaml': '0a4743ae2436854c1752c7763b83ea45bc9b570b29758f4476a0ec63fae43b2e',
  'dev19.yaml': '04db42e15fdb91004367a967637ba0e35b458b09a0bee19a8823fb36a8b81505',
  'train20.yaml': '82d2134bfd550ed9bd30e089bb362f3f4f998c98828b1fa06ed79b07ab1a82c0',
  'dev20.yaml': 'fad0f4bff8960fb9c7d4d5137440328a83258361752eb5ad6c445ba0197903c1',
  'train21.yaml': '57d3675c9dde085f211e0b9db7199ebf83d028edf74c075f45f9b037ae244e78',
  'dev21.yaml': '2f82fa14405e5328462ed53942ffbe904c214c04903e6c419a094993fe30f253',
  // Batches 22-23 (writers w82-w89), split on 2026-11-30 by make-splits.ts before anything was tuned on them.
  'train22.yaml': '6e4a39cf07174e0ba80fd6f29e8d65b4a03b73235bf9f441c0a4b6a71eeb2337',
  'dev22.yaml': 'bc60eac5031f36fdf0d66bd647f1e5eaf3f3020886fc4dbc5406581fb94b994d',
  'train23.yaml': '9843853ebe0da5b742925ca9866a3ae29fceda9c97fa90b1708248b7d2a117a4',
  'dev23.yaml': '06777aa084ec75617c69eb482c1779f75f22f970113cd860745ea6396910694c',
  // Batches 24-25 (writers w90-w97), split on 2026-11-30 (session 9) by make-splits.ts before anything was run on them.
  'train24.yaml': 'a0dbd1884b40709ee503184198c162be20deb0082d219af1ab70ab95220f09e9',
  'dev24.yaml': 'e7084aa720d99c1e966875876db42f56ce426bdc9b0be2becf37c79837e3534c',
  'train25.yaml': '721c0a93d305f4c256cd45b8bc185adb8f3c352fd88033adb7847d72015965fb',
  'dev25.yaml': '022c12ffae17c8d88f246bc96b61d836f12b0ff3a30d3faea8ee442816183a25',
  // Batches 26-27 (writers w98-w105), split on 2026-11-30 (session 10) by make-splits.ts before anything was run on them.
  'train26.yaml': '5df8355d61a098d2c685538ad43cbafc3879add7c52a636f4aa41dc6fb7c6929',
  'dev26.yaml': '7de017ae3f1a83281dbb1c32b653d1cd750656fcd31bbb612b83fcf29c100575',
  'train27.yaml': '83ea680ee0e62ddfb9e7d656d71a89d935dd19a1198f1d25a869993ebe93b6cf',
  'dev27.yaml': '21e9c052cd48b9099e16f59960c184377efd045ad5187aa50931d67ea871d9cd',
  // Batches 28-29 (writers w106-w113), split on 2026-11-30 (session 10) by make-splits.ts before anything was run on them.
  'train28.yaml': '82a2b960c4cad9f4e09054fb8f726e501e0f28d54b5eec62ffbcc84f97092cbd',
  'dev28.yaml': '7a3cc3398fcd2c4f037a4d17f4a38dc90d9c0ac40d6d3f1a4d6e662087e13db6',
  'train29.yaml': '9098336a7de0a57ada8940878c57b94e969ce8329662ea0008fe9515e21a1aeb',
  'dev29.yaml': '2c9d1df9df78dc7cbc42fbe2d45acba7ef0987300f73813befe24a7b523ca90b',
  // Batches 30-31 (writers w114-w121), split on 2026-11-30 (session 10) by make-splits.ts before anything was run on them
  // (batch 31 first: the first draft of w114 failed and was written again).
  'train30.yaml': '101398ce178672020f0b38395abbe605055c45a0e8ca16b4d5f26f3c02d34268',
  'dev30.yaml': '1d5665ac92dff745a7d9c0bd2ccf60362661ab91587ed1ab34eba3e1760c1786',
  'train31.yaml': 'd9102fc1d88b6f2b6ad599ad41c41877fb159e2fb752a915505fe090fa3e38b0',
  'dev31.yaml': '1535152f898be2fe429c144cdafecbeae53e2dbf63128245fadd6aa8224c1979',
} as const;

describe('the independent calibration set', () => {
  for (const [file, sha] of Object.entries(FROZEN)) {
    it(`${file} is byte for byte the split frozen before tuning`, () => {
      expect(createHash('sha256').update(readFileSync(`${DIR}/${file}`)).digest('hex')).toBe(sha);
    });
  }

  it('no situation appears in two splits', () => {
    const seen = new Map<string, string>();
    for (const file of Object.keys(FROZEN)) {
      const doc = parse(readFileSync(`${DIR}/${file}`, 'utf8')) as { situations: { id: string }[] };
      for (const s of doc.situations) {
        expect(seen.get(s.id), `${s.id} in ${file} and ${seen.get(s.id) ?? ''}`).toBeUndefined();
        seen.set(s.id, file);
      }
    }
    expect(seen.size).toBe(868);
  });
});
