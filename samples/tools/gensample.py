# Generates the three bundled sample organisations (samples/src/main/resources/samples/*.json) from the
# catalogue, the vocabulary and the rule test cases: a start-up (items around level 1-2), a mid-size
# company (2-3) and a large internet company (3-4), each with attestations and observations with
# evidence, unknowns, and conflicts between attestations and observations. Deterministic (fixed seeds).
# Run from the repository root: python3 samples/tools/gensample.py
import csv, json, random, sys, glob, re, os
root=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
vocab={}
for f in sorted(glob.glob(root+'/maturity-rules/src/main/resources/org/opsmaturity/rules/observations-*.tsv')):
    for line in open(f, encoding='utf-8'):
        if line.startswith('#') or not line.strip(): continue
        p=line.rstrip('\n').split('\t')
        vocab[p[0]]={'type':p[1],'unit':p[2],'source':p[5]}
crit={}
order=[]
for d in range(1,8):
    for line in open(f'{root}/maturity-model/src/main/resources/org/opsmaturity/catalog/domain-{d}.tsv', encoding='utf-8'):
        if line.startswith('#') or not line.strip(): continue
        p=line.rstrip('\n').split('\t')+['']*8
        if p[1]=='REQUIREMENT':
            crit[p[0]]={'en':p[4]}; order.append(p[0])
cases={}
for d in range(1,8):
    for line in open(f'{root}/maturity-rules/src/test/resources/cases/domain-{d}.tsv', encoding='utf-8'):
        if line.startswith('#') or not line.strip(): continue
        p=line.rstrip('\n').split('\t')
        cases.setdefault((p[0],p[1]),[]).append(p[2] if len(p)>2 else '')
def obs_of(facts):
    out=[]
    for part in facts.split(';'):
        if not part.strip(): continue
        n,v=part.split('=',1); n=n.strip(); v=v.strip(); t=vocab[n]['type']
        if t=='FLAG': val=(v=='true'); o={'name':n,'value':val}
        elif t=='NUMBER':
            num,unit=v.split(' ',1); x=float(num); o={'name':n,'value': int(x) if x==int(x) else x,'unit':unit}
        else: o={'name':n,'value':[] if v=='{}' else v.split('|')}
        out.append(o)
    return out
def gen(subject, lo, hi, seed, conflicts, people):
    rnd=random.Random(seed)
    items={}
    for c in order:
        item=c.rsplit('.L',1)[0]; items.setdefault(item,[]).append(c)
    atts=[]; obs={}; reserved=set(); targets={}
    def add_obs(facts, only_free=False):
        os_=obs_of(facts)
        if only_free and any(o['name'] in reserved or o['name'] in obs for o in os_): return False
        for o in os_:
            if o['name'] in obs and isinstance(o['value'], list) and not only_free:
                obs[o['name']]['value']=sorted(set(obs[o['name']]['value'])|set(o['value']))
            obs.setdefault(o['name'],o)
        return True
    for item,cs in items.items():
        target=rnd.randint(lo,hi); targets[item]=target
        for c in cs:
            lvl=int(c.rsplit('.L',1)[1].split('.')[0])
            if lvl<=target:
                for m in cases.get((c,'MET'),[''])[0].split(';'):
                    if m.strip(): reserved.add(m.split('=')[0].strip())
        for c in cs:
            lvl=int(c.rsplit('.L',1)[1].split('.')[0])
            src_tool = any(vocab[n.split('=')[0].strip()]['source'] not in ('assessor','hr') for n in (cases.get((c,'MET'),[''])[0].split(';')) if n.strip())
            if lvl<=target:
                if src_tool and rnd.random()<0.7:
                    add_obs(cases[(c,'MET')][0])
                else:
                    atts.append({'criterion':c,'verdict':'met','evidence':{'text':'Interview and document review: '+crit[c]['en'],'by':rnd.choice(people),'observedAt':'2026-11-%02d'%rnd.randint(2,27)}})
            elif lvl==target+1:
                r=rnd.random()
                if r<0.45:
                    if src_tool:
                        if not add_obs(cases[(c,'NOT_MET')][0], True): continue
                    else: atts.append({'criterion':c,'verdict':'not_met','evidence':{'text':'Not in place yet: '+crit[c]['en'],'by':rnd.choice(people),'observedAt':'2026-11-%02d'%rnd.randint(2,27)}})
                elif r<0.7:
                    if src_tool:
                        add_obs(cases[(c,'MET')][0], True)
                    else: atts.append({'criterion':c,'verdict':'met','evidence':{'text':'Demonstrated in the review: '+crit[c]['en'],'by':rnd.choice(people)}})
                # else unknown
    # conflicts: attest not_met on criteria decided MET by observations
    done=0
    for c in sorted(order, key=lambda x: rnd.random()):
        if done>=conflicts: break
        item=c.rsplit('.L',1)[0]; lvl=int(c.rsplit('.L',1)[1].split('.')[0])
        if lvl!=targets[item] or lvl<2: continue
        met=cases.get((c,'MET'))
        if not met: continue
        names=[p.split('=')[0].strip() for p in met[0].split(';') if p.strip()]
        if names and all(n in obs for n in names) and all(obs[n]==o for n,o in zip(names,obs_of(met[0]))) and not any(a['criterion']==c for a in atts):
            atts.append({'criterion':c,'verdict':'not_met','evidence':{'text':'Spot check failed: the tool reports it, but the assessor found it is not applied to all production systems','by':people[0],'observedAt':'2026-11-20'}})
            done+=1
    for o in obs.values():
        o['evidence']={'text':'exported from '+vocab[o['name']]['source'],'observedAt':'2026-11-28'}
    return {'subject':subject,'attestations':atts,'observations':list(obs.values())}
out=root+'/samples/src/main/resources/samples/'
for name,subj,lo,hi,seed,conf,people in [('startup','Pinecone Apps (start-up, 40 engineers)',1,2,1,1,['cto','lead-sre']),
    ('midsize','Harbor Logistics (mid-size, 400 engineers)',2,3,5,2,['ops-lead','auditor-li','sre-wang']),
    ('large','Starlight Internet (large, 6000 engineers)',3,4,3,2,['governance-board','auditor-chen','sre-director'])]:
    doc=gen(subj,lo,hi,seed,conf,people)
    with open(out+name+'.json','w',encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write('\n')
    print(name, len(doc['attestations']), len(doc['observations']))
