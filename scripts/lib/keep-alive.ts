// Imported first by one-shot scripts. Some awaited work (WebAssembly compilation of Prisma's
// query compiler, undici's parser) holds no event-loop handle in Node 20: when nothing else is
// pending, Node exits with code 13 ("unsettled top-level await") mid-task. A ref'd timer keeps
// the loop alive until the script calls process.exit.
setInterval(() => {}, 60_000);
