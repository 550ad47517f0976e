import os, sqlite3, struct, tempfile
# Writes the hand-made seeds (seed-*) of each fuzz target; files a fuzz run found sit beside them.
base=os.path.dirname(os.path.abspath(__file__))
def put(t, name, data):
    d=os.path.join(base,t); os.makedirs(d,exist_ok=True)
    if isinstance(data,str): data=data.encode()
    open(os.path.join(d,'seed-'+name),'wb').write(data)
cl=[
 ('empty-manifest', b'\x00'),
 ('ftl-basic', bytes([1])+b'app-title = Waymark\nhello = Hello { $name }\n'),
 ('ftl-select', bytes([2])+b'n = { $count ->\n [one] one\n *[other] { $count } many\n}\n'),
 ('ftl-broken', bytes([3])+b'= = {\n  -term\n[[ x\n{ $ }\n'),
 ('ftl-rtl', bytes([4])+'msg = \u0645\u0631\u062d\u0628\u0627 { $name }\n'.encode()),
 ('ftl-attr', bytes([5])+b'a = x\n  .label = y\n  .b = { a.label }\nb = { a }\nc = { c }\n'),
 ('toml-basic', bytes([6])+b'[[items]]\nid = "x"\ntitle_msg = "nope"\n'),
 ('toml-bad', bytes([7])+b'[[[ x = \n"unterminated'),
 ('toml-types', bytes([8])+b'id = 1\nsource = []\nlast_verified = 1979-05-27\nx_msgs = ["a", 3]\n'),
 ('manifest-like', bytes([9])+b'[content]\nversion = "1"\n[[locales]]\nid = "en"\nstatus = "draft"\n'),
 ('invalid-utf8', bytes([10])+b'\xff\xfe\x00abc = \xc3\x28\n'),
 ('deep-nest', bytes([11])+b'a = '+b'{ '*60+b'x'+b' }'*60+b'\n'),
 ('pack-min', b'\xffmanifest.toml\0[content]\nversion = "1"\n\0l10n/en/app.ftl\0app-title = W\n'),
 ('pack-empty', b'\xff'),
 ('pack-paths', b'\xff../../etc/passwd\0x\0l10n//app.ftl\0y = z\0\0\0'),
 ('big-number', bytes([12])+b'x = { NUMBER($n, minimumFractionDigits: 99999999999) }\n'),
]
# Content is input (issue 19): whole packs whose app.ftl is each kind of broken file the
# checker and loader once crashed on or misread.
MANI=b'[content]\nversion = "1"\n\n[[locales]]\nid = "en"\nnative_name = "English"\nenglish_name = "English"\ndirection = "ltr"\nstatus = "reviewed"\n'
def pack(ftl): return b'\xffmanifest.toml\0'+MANI+b'\0l10n/en/app.ftl\0'+ftl
cl+=[
 ('pack-deep-placeables', pack(b'app-title = '+b'{ '*12000+b'$x'+b' }'*12000+b'\n')),
 ('pack-deep-calls', pack(b'app-title = { '+b'NUMBER('*6000+b'1'+b')'*6000+b' }\n')),
 ('pack-deep-select', pack(b'app-title = '+b'{ $n ->\n *[a] '*3000+b'x'+b'\n}'*3000+b'\n')),
 ('pack-bom', pack('\ufeffapp-title = Waymark\nother = x\n'.encode())),
 ('pack-cr-only', pack(b'app-title = Waymark\rother = x\r  .attr = y\r')),
 ('pack-not-utf8', pack(b'app-title = Way\xffmark\nother = \xc3\x28\n')),
 ('pack-duplicate', pack(b'app-title = One\nother = x\n\napp-title = Two\nother=y\n')),
]
for n,d in cl: put('content_loader',n,d)
tmp=tempfile.mkdtemp(); p=os.path.join(tmp,'x.sqlite')
c=sqlite3.connect(p); c.execute('create table meta(k text primary key, v blob)'); c.execute("insert into meta values('pin','{}')"); c.commit(); c.close()
other=open(p,'rb').read()
p2=os.path.join(tmp,'y.sqlite'); c=sqlite3.connect(p2); c.execute('pragma user_version=1'); c.execute('create table t(x)'); c.commit(); c.close()
vo=[
 ('empty', b'\x00'),
 ('garbage', b'\x00'+bytes(range(256))*4),
 ('sqlite-header-only', b'\x00SQLite format 3\x00'+b'\x00'*84),
 ('other-sqlite', b'\x00'+other),
 ('other-sqlite-version1', b'\x00'+open(p2,'rb').read()),
 ('template-intact', b'\x01'),
 ('template-header', b'\x01'+struct.pack('<HB',18,0x55)+struct.pack('<HB',28,0xff)),
 ('template-page2', b'\x01'+b''.join(struct.pack('<HB',4096+i*37,0x5a) for i in range(20))),
 ('template-page3', b'\x01'+b''.join(struct.pack('<HB',8192+i*101,0x01) for i in range(30))),
 ('template-late', b'\x01'+b''.join(struct.pack('<HB',(12288+i*7)%65536,0x80) for i in range(50))),
 ('template-pin-flip', b'\x03'+struct.pack('<HB',20000,0x02)),
 ('template-many', b'\x01'+b''.join(struct.pack('<HB',(i*997)%65536,(i*31)%255+1) for i in range(200))),
]
for n,d in vo: put('vault_open',n,d)
ls=[
 ('empty',''), ('en','en'), ('chain','fr-HT\nen\nar'), ('pseudo','en-XA\nar-XB'),
 ('malformed','not a tag\n--\n_\n\u00e9\n\x00'), ('long','x'*300), ('private','x-private\nen-x-foo\nzh-Hant-TW-u-ca-chinese'),
 ('ids','app-title\napp-title.label\n.x\n-term\n#\n'), ('grandfathered','i-klingon\nart-lojban\nsgn-BE-FR'),
 ('region-only','-HT\nHT\nfr_HT\nFR-ht'), ('unicode','\u0639\u0631\u0628\u064a\n\U0001F600\n\u200f'),
 ('many', '\n'.join(['en','fr','es','pt','ht','sw','ar']*5)),
]
for n,d in ls: put('locale_strings',n,d)
def ffi(*lines, flags=0):
    return bytes([flags])+'\n'.join(lines[1:]).encode()
fs=[
 ('empty', b''),
 ('message', ffi('','app-title','en')),
 ('message-args', ffi('','app-title','fr,ar','name','Ama','2')),
 ('bad-tags', ffi('','app-title','en-,*,','','','x')),
 ('help-country', ffi('','app-title','en','','','','GB','','legal_aid,shelter','fr','adult')),
 ('help-coords', ffi('','x','en','','','','','','','','','51.5','-0.12', flags=15)),
 ('help-nan', ffi('','x','en','','','','','','','','','NaN','inf')),
 ('help-huge', ffi('','x','en','','','','','','','','','1e308','-1e308')),
 ('help-one-coord', ffi('','x','en','','','','','','','','','10')),
 ('help-bad-words', ffi('','x','en','','','','zz','??','nope,,x','!!','alien')),
 ('checklist', ffi('','x','en','','','','','','','','','','','search','screen','calculator','before_leaving','buy a sim','a note', flags=16)),
 ('checklist-bad-stage', ffi('','x','en','','','','','','','','','','','','','','nowhere','','', flags=48)),
 ('checklist-long', ffi('','x','en','','','','','','','','','','','','','','before_leaving','y'*5000,'z'*5000, flags=16)),
 ('unicode', ffi('','\u0645','ar,ar-XB','\u200e','\u202e','','\u00dc\u00dc','','','\U0001F600')),
]
for n,d in fs: put('ffi_strings',n,d)
ts=[
 ('empty', b'\x01'),
 ('en-fee', bytes([1])+b'Pay the recruitment fee before you travel. No contract needed.'),
 ('fr-fee', bytes([2])+'Les frais de dossier sont \u00e0 payer avant le voyage.'.encode()),
 ('negated', bytes([1])+b'You will never pay a fee. The employer pays all recruitment costs.'),
 ('all-locales', bytes([0xff])+'pay the fee, pagar la tarifa, payer les frais, \u0627\u062f\u0641\u0639 \u0627\u0644\u0631\u0633\u0648\u0645, lipa ada'.encode()),
 ('no-locale', bytes([0])+b'pay the fee'),
 ('unknown-locale', bytes([0x80])+b'pay the fee'),
 ('answers', bytes([1])+b'pay_fee=yes\nloan=yes\npassport_handover=yes\nunder_18=unsure\nnope=yes\ncan_verify=maybe'),
 ('kind-first', bytes([3])+b'my_situation\npassport_kept=yes\ncannot_leave=yes\nunder_18=yes'),
 ('indicators', bytes([1])+b'coercion_at_destination.debt_bondage\nnot.an.indicator\n.\n'),
 ('accents-spaces', bytes([2])+'PAYER   LES   FRAIS\u0301 \u00c9\u00c9 \t\t\n\n\u00a0\u200b'.encode()),
 ('long-words', bytes([1])+b'fee '*3000),
 ('invalid-utf8', bytes([1])+b'pay the \xff\xfe fee \xc3'),
 ('rtl-marks', bytes([0x40])+'\u202e\u0627\u062f\u0641\u0639\u202c \u200f'.encode()),
]
for n,d in ts: put('text_scanner',n,d)
fs2=[
 ('screen-answers', ffi('','x','en','job_offer','Pay the recruitment fee now','','KE','','','','','','','','','','','','','pay_fee=yes','loan=unsure','passport_handover=yes')),
 ('screen-bad', ffi('','x','en','nope','','','zz','','','','','','','','','','','','','pay_fee=perhaps','=','==')),
 ('screen-indicators', ffi('','x','en','my_situation','text','','','','','','','','','','','','','','','coercion_at_destination.debt_bondage','x.y', flags=64)),
]
for n,d in fs2: put('ffi_strings',n,d)
fs3=[
 ('learn-module', ffi('','x','en','trafficking_and_smuggling','','','JM','','','','students')),
 ('learn-bad', ffi('','x','fr','../nope','','','zz1','','','','aliens', flags=200)),
]
for n,d in fs3: put('ffi_strings',n,d)

# pack_reader: byte 0 = 0 for a whole .wmpack file, else u16 manifest length + manifest +
# payload, which the target signs with the test key (fuzz/targets/core.rs).
import hashlib, zlib
def deflate(b):
    c=zlib.compressobj(9, zlib.DEFLATED, -15); return c.compress(b)+c.flush()
def short(t): b=t.encode(); return bytes([len(b)])+b
def signed(files, kind='directory', pid='directory', sizes=None, extra=b'', mextra=b''):
    # The binary manifest of format 2 (docs/CONTENT-PACKS.md): id, kind, version, min_core,
    # file count, then per file path, size, deflated length, BLAKE2b-256.
    entries=b''; payload=b''
    for i,(path,text) in enumerate(files):
        d=deflate(text); p=path.encode()
        entries+=struct.pack('<H',len(p))+p+struct.pack('<II',(sizes[i] if sizes else len(text)),len(d))
        entries+=hashlib.blake2b(text,digest_size=32).digest()
        payload+=d
    m=short(pid)+short(kind)+struct.pack('<Q',1)+short('0.1.0')+struct.pack('<H',len(files))+entries+mextra
    return b'\x01'+struct.pack('<H',len(m))+m+payload+extra
ke=b'country = "KE"\nname_msg = "country-ke"\n'
fixture=open(os.path.join(base,'..','vectors','packs','directory-ke-v1.wmpack'),'rb').read()
pr=[
 ('whole-fixture', b'\x00'+fixture),
 ('whole-truncated', b'\x00'+fixture[:120]),
 ('whole-garbage', b'\x00WMPACK\x02\x00'+bytes(200)),
 ('whole-format-1', b'\x00WMPACK\x01\x00'+bytes(200)),
 ('signed-directory', signed([('directory/KE.toml',ke)])),
 ('signed-traversal', signed([('directory/../manifest.toml',ke)])),
 ('signed-duplicate', signed([('directory/KE.toml',ke),('directory/KE.toml',ke)])),
 ('signed-unordered', signed([('directory/UG.toml',ke),('directory/KE.toml',ke)])),
 ('signed-bomb', signed([('directory/KE.toml',b'a'*200000)], sizes=[10])),
 ('signed-wrong-hash', signed([('directory/KE.toml',ke)])[:-3]+b'xyz'),
 ('signed-locale', signed([('l10n/qaa/app.ftl',b'app-name = Q\n'),
    ('l10n/qaa/locale.toml',b'native_name = "Q"\nenglish_name = "Q"\ndirection = "ltr"\nstatus = "draft"\nchain = ["en"]\n')],
    kind='locale:qaa', pid='locale-qaa')),
 ('signed-bad-manifest', b'\x01\x05\x00\x09direc'),
 ('signed-manifest-extra', signed([('directory/KE.toml',ke)], mextra=b'\x00')),
]
for n,d in pr: put('pack_reader',n,d)
