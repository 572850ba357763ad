console.log('qts sample');
