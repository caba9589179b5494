// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {CommonBase} from "forge-std/Base.sol";
import {StdAssertions} from "forge-std/StdAssertions.sol";
import {StdCheats} from "forge-std/StdCheats.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

import {GenImNFT} from "../../contracts/GenImNFT.sol";
import {IGenImNFT} from "../../contracts/interfaces/IGenImNFT.sol";
import {ToggleReceiver} from "../utils/GenImNFTTestBase.sol";

/// @dev Drives GenImNFT through random but valid sequences of mints, deliveries (single and batched,
/// by an EOA agent and by a contract agent that sometimes rejects ETH), refunds, transfers, price and
/// window changes, time warps, forced ETH, claims and surplus withdrawals, plus an attacker who keeps
/// trying to take money. Ghost state is computed from the handler's own bookkeeping, never read back
/// from the contract, so the invariants compare two independent accounts.
contract GenImNFTHandler is CommonBase, StdCheats, StdUtils, StdAssertions {
    GenImNFT public immutable nft;
    address public immutable owner;
    address public immutable attacker;
    address public immutable eoaAgent;
    ToggleReceiver public immutable contractAgent;
    ToggleReceiver public immutable contractHolder;

    address[] internal _minters;
    uint256[] public ids;

    mapping(uint256 tokenId => uint256) public paidAtMint;
    mapping(uint256 tokenId => uint64) public deadlineAtMint;
    mapping(uint256 tokenId => uint8) public tierAtMint;
    mapping(uint256 tokenId => address) public requesterAtMint;
    mapping(uint256 tokenId => uint256) public deliveries;
    mapping(uint256 tokenId => uint256) public refunds;

    uint256 public ghostIn;
    uint256 public ghostOut;
    uint256 public attackerWins;
    mapping(string action => uint256 count) public calls;

    constructor(GenImNFT nft_, address owner_) {
        nft = nft_;
        owner = owner_;
        attacker = makeAddr("invariant-attacker");
        eoaAgent = makeAddr("invariant-agent");
        contractAgent = new ToggleReceiver();
        contractHolder = new ToggleReceiver();
        _minters.push(makeAddr("minter-0"));
        _minters.push(makeAddr("minter-1"));
        _minters.push(makeAddr("minter-2"));
        _minters.push(address(contractHolder));
    }

    /*//////////////////////////////////////////////////////////////
                                 ACTIONS
    //////////////////////////////////////////////////////////////*/

    function mint(uint256 minterSeed, uint256 tierSeed, uint256 promptLength) external {
        uint8 tier = uint8(_bound(tierSeed, 0, 2));
        (uint256 price, uint32 window) = nft.tiers(tier);
        if (price == 0 || nft.paused()) return;
        address minter = _minters[_bound(minterSeed, 0, _minters.length - 1)];
        vm.deal(minter, price);
        string memory prompt = _prompt(_bound(promptLength, 1, nft.MAX_PROMPT_BYTES()));

        vm.prank(minter);
        uint256 tokenId = nft.mint{value: price}(prompt, tier);

        ids.push(tokenId);
        paidAtMint[tokenId] = price;
        deadlineAtMint[tokenId] = uint64(block.timestamp + window);
        tierAtMint[tokenId] = tier;
        requesterAtMint[tokenId] = minter;
        ghostIn += price;
        ++calls["mint"];
    }

    function fulfil(uint256 idSeed, bool useContractAgent, bool agentAccepts) external {
        if (ids.length == 0) return;
        uint256 tokenId = ids[_bound(idSeed, 0, ids.length - 1)];
        if (!_deliverable(tokenId)) return;
        bytes32 metadataHash = keccak256(abi.encode("metadata", tokenId));

        address agentAddr = useContractAgent ? address(contractAgent) : eoaAgent;
        uint256 before = agentAddr.balance + nft.credits(agentAddr);
        uint256 nftBefore = address(nft).balance;
        if (useContractAgent) {
            contractAgent.setAccepting(agentAccepts);
            contractAgent.execute(address(nft), abi.encodeCall(IGenImNFT.fulfil, (tokenId, metadataHash)));
        } else {
            vm.prank(eoaAgent);
            nft.fulfil(tokenId, metadataHash);
        }
        // The agent gained exactly what the minter paid, pushed or credited.
        assertEq(agentAddr.balance + nft.credits(agentAddr) - before, paidAtMint[tokenId]);
        ghostOut += nftBefore - address(nft).balance;
        ++deliveries[tokenId];
        ++calls["fulfil"];
    }

    function fulfilBatch(uint256 startSeed, uint256 count, bool duplicateFirst) external {
        if (ids.length == 0) return;
        count = _bound(count, 1, 12);
        uint256 start = _bound(startSeed, 0, ids.length - 1);
        uint256 n = count + (duplicateFirst ? 1 : 0);
        uint256[] memory batch = new uint256[](n);
        bytes32[] memory hashes = new bytes32[](n);
        uint256 expectedPaid;
        uint256 expectedDelivered;
        for (uint256 i; i < count; ++i) {
            uint256 tokenId = ids[(start + i) % ids.length];
            batch[i] = tokenId;
            hashes[i] = keccak256(abi.encode("metadata", tokenId));
            // Count each token once, even if the window wraps around a short id list.
            bool seenBefore;
            for (uint256 j; j < i; ++j) {
                if (batch[j] == tokenId) seenBefore = true;
            }
            if (!seenBefore && _deliverable(tokenId)) {
                expectedPaid += paidAtMint[tokenId];
                ++expectedDelivered;
                ++deliveries[tokenId];
            }
        }
        if (duplicateFirst) {
            batch[count] = batch[0];
            hashes[count] = hashes[0];
        }

        uint256 before = eoaAgent.balance;
        vm.prank(eoaAgent);
        uint256 delivered = nft.fulfilBatch(batch, hashes);

        assertEq(delivered, expectedDelivered);
        assertEq(eoaAgent.balance - before, expectedPaid);
        ghostOut += expectedPaid;
        ++calls["fulfilBatch"];
    }

    function refund(uint256 idSeed) external {
        if (ids.length == 0) return;
        uint256 tokenId = ids[_bound(idSeed, 0, ids.length - 1)];
        if (!_isPending(tokenId) || block.timestamp <= deadlineAtMint[tokenId]) return;
        address holder = nft.ownerOf(tokenId);

        uint256 before = holder.balance + nft.credits(holder);
        uint256 nftBefore = address(nft).balance;
        if (holder == address(contractHolder)) {
            contractHolder.execute(address(nft), abi.encodeCall(IGenImNFT.refund, (tokenId)));
        } else {
            vm.prank(holder);
            nft.refund(tokenId);
        }
        assertEq(holder.balance + nft.credits(holder) - before, paidAtMint[tokenId]);
        ghostOut += nftBefore - address(nft).balance;
        ++refunds[tokenId];
        ++calls["refund"];
    }

    function transfer(uint256 idSeed, uint256 toSeed) external {
        if (ids.length == 0) return;
        uint256 tokenId = ids[_bound(idSeed, 0, ids.length - 1)];
        if (refunds[tokenId] != 0) return;
        address from = nft.ownerOf(tokenId);
        address to = _minters[_bound(toSeed, 0, _minters.length - 1)];
        if (from == address(contractHolder)) {
            contractHolder.execute(
                address(nft),
                abi.encodeWithSignature("transferFrom(address,address,uint256)", from, to, tokenId)
            );
        } else {
            vm.prank(from);
            nft.transferFrom(from, to, tokenId);
        }
        ++calls["transfer"];
    }

    function claim(bool byAgent) external {
        ToggleReceiver account = byAgent ? contractAgent : contractHolder;
        uint256 credit = nft.credits(address(account));
        if (credit == 0) return;
        account.setAccepting(true);
        account.execute(address(nft), abi.encodeCall(IGenImNFT.claim, ()));
        ghostOut += credit;
        ++calls["claim"];
    }

    function setTier(uint256 tierSeed, uint256 priceGwei, uint256 window) external {
        uint8 tier = uint8(_bound(tierSeed, 0, 2));
        // Disable a tier now and then (price 0), but mostly change its price.
        priceGwei = priceGwei % 8 == 0 ? 0 : _bound(priceGwei, 1, 1_000_000);
        // forge-lint: disable-next-line(unsafe-typecast) bounded to 3 hours.
        uint32 w = uint32(_bound(window, 1, 3 hours));
        vm.prank(owner);
        nft.setTier(tier, priceGwei * 1 gwei, w);
        ++calls["setTier"];
    }

    function setPaused(uint256 seed) external {
        // Pause rarely, so that most runs keep minting.
        bool pause = seed % 4 == 0;
        vm.prank(owner);
        if (pause) nft.pause();
        else nft.unpause();
        ++calls["setPaused"];
    }

    function warp(uint256 secondsForward) external {
        vm.warp(block.timestamp + _bound(secondsForward, 1, 90 minutes));
        ++calls["warp"];
    }

    function forceEth(uint256 amount) external {
        amount = _bound(amount, 1, 1 ether);
        vm.deal(address(nft), address(nft).balance + amount);
        ghostIn += amount;
        ++calls["forceEth"];
    }

    function withdrawSurplus() external {
        uint256 amount = nft.surplus();
        if (amount == 0) return;
        vm.prank(owner);
        nft.withdrawSurplus(owner);
        ghostOut += amount;
        ++calls["withdrawSurplus"];
    }

    /// @dev The attacker tries every way to take money or change a record; none may work.
    function attack(uint256 idSeed, uint256 how) external {
        uint256 tokenId = ids.length == 0 ? 1 : ids[_bound(idSeed, 0, ids.length - 1)];
        bytes32 fake = keccak256(abi.encode("fake", tokenId));
        uint256[] memory one = new uint256[](1);
        one[0] = tokenId;
        bytes32[] memory oneHash = new bytes32[](1);
        oneHash[0] = fake;
        bytes memory data;
        how = _bound(how, 0, 5);
        if (how == 0) data = abi.encodeCall(IGenImNFT.fulfil, (tokenId, fake));
        else if (how == 1) data = abi.encodeCall(IGenImNFT.fulfilBatch, (one, oneHash));
        else if (how == 2) data = abi.encodeCall(IGenImNFT.withdrawSurplus, (attacker));
        else if (how == 3) data = abi.encodeCall(IGenImNFT.setAgent, (attacker, true));
        else if (how == 4) data = abi.encodeCall(IGenImNFT.claim, ());
        else data = abi.encodeCall(IGenImNFT.refund, (tokenId));
        vm.prank(attacker);
        (bool ok,) = address(nft).call(data);
        if (ok) ++attackerWins;
        ++calls["attack"];
    }

    /*//////////////////////////////////////////////////////////////
                                 HELPERS
    //////////////////////////////////////////////////////////////*/

    function idsLength() external view returns (uint256) {
        return ids.length;
    }

    function creditHolders() external view returns (address[] memory accounts) {
        accounts = new address[](_minters.length + 2);
        for (uint256 i; i < _minters.length; ++i) {
            accounts[i] = _minters[i];
        }
        accounts[_minters.length] = eoaAgent;
        accounts[_minters.length + 1] = address(contractAgent);
    }

    function _isPending(uint256 tokenId) internal view returns (bool) {
        return deliveries[tokenId] == 0 && refunds[tokenId] == 0;
    }

    function _deliverable(uint256 tokenId) internal view returns (bool) {
        return _isPending(tokenId) && block.timestamp <= deadlineAtMint[tokenId];
    }

    function _prompt(uint256 length) internal pure returns (string memory) {
        bytes memory b = new bytes(length);
        for (uint256 i; i < length; ++i) {
            b[i] = bytes1(uint8(97 + (i % 26)));
        }
        return string(b);
    }
}
