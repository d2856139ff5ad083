import { prepareRun, Simulation, measureReplication } from '../src/lib/sim/index';
const s:any = { format:'flowbench-scenario', version:1, name:'mm5', run:{mode:'steady', warmup:0, length:1e6/4.5, replications:1, seed:1},
 segments:[{id:'all',name:'All',share:1,patience:null}], nodes:[{id:'in',kind:'source',name:'In',arrivals:{type:'poisson',ratePerHour:270}},{id:'q',kind:'station',name:'Q',servers:5,service:{dist:'exponential',mean:1}},{id:'out',kind:'exit',name:'Out'}],
 links:[{from:'in',to:'q'},{from:'q',to:'out'}]};
const run = prepareRun(s);
const sim = new Simulation(run.model, 1);
for (let i=0;i<6;i++){ let t=performance.now(); sim.run(i); const a=performance.now()-t; t=performance.now(); measureReplication(sim); console.log('run',a.toFixed(0),'measure',(performance.now()-t).toFixed(0)); }
