# allow-import: collections
from collections import ChainMap

# === lookups go through the chain ===
defaults = {'color': 'red', 'user': 'guest', 'debug': False}
env = {'user': 'admin'}
cli = {'debug': True}
cfg = ChainMap(cli, env, defaults)
print(cfg['color'], cfg['user'], cfg['debug'], len(cfg), sorted(cfg))

# === writes go to the first map ===
cfg['color'] = 'blue'
print(cli, defaults['color'])
del cfg['color']
print(cfg['color'])

# === new_child and parents ===
local = cfg.new_child({'x': 1})
print(local['x'], local.parents is not None, len(local.maps))
print(dict(local.parents) == dict(cfg))

# === nested scopes ===
globals_ = {'a': 1, 'b': 2}
scope = ChainMap(globals_)
inner = scope.new_child()
inner['a'] = 10
print(inner['a'], scope['a'], inner.maps)

# === errors ===
try:
    del cfg['user']
    del cfg['user']
except KeyError as e:
    print('KeyError', e)
print(cfg.get('nope', 'default'), 'user' in cfg)
